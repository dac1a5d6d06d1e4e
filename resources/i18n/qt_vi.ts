<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<!-- Qt ships no Vietnamese catalogue (PySide6 6.11 has none for qtbase): these are our translations of the
     source strings of the Qt widgets the program shows, in Qt's own contexts: standard buttons, message
     boxes, progress dialogs, the wizard, Qt's file dialog (used when the system's would not be Vietnamese:
     ui/app.py), the context menus of text boxes, spin boxes and scroll bars, dock widgets, undo.
     Built with the program's own catalogue by scripts/i18n.py build into qt_vi.qm, loaded by ui/app.py. -->
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Đồng ý</translation></message>
    <message><source>Save</source><translation>Lưu</translation></message>
    <message><source>Save All</source><translation>Lưu tất cả</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
    <message><source>Apply</source><translation>Áp dụng</translation></message>
    <message><source>Reset</source><translation>Đặt lại</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Discard</source><translation>Không lưu</translation></message>
    <message><source>Yes</source><translation>Có</translation></message>
    <message><source>No</source><translation>Không</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Có</translation></message>
    <message><source>&amp;No</source><translation>&amp;Không</translation></message>
    <message><source>Yes to &amp;All</source><translation>Có với &amp;tất cả</translation></message>
    <message><source>N&amp;o to All</source><translation>&amp;Không với tất cả</translation></message>
    <message><source>Abort</source><translation>Dừng</translation></message>
    <message><source>Retry</source><translation>Thử lại</translation></message>
    <message><source>Ignore</source><translation>Bỏ qua</translation></message>
    <message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
    <message><source>&amp;OK</source><translation>&amp;Đồng ý</translation></message>
    <message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
    <message><source>Don't Save</source><translation>Không lưu</translation></message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message><source>OK</source><translation>Đồng ý</translation></message>
    <message><source>&amp;OK</source><translation>&amp;Đồng ý</translation></message>
    <message><source>Save</source><translation>Lưu</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Lưu</translation></message>
    <message><source>Save All</source><translation>Lưu tất cả</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>&amp;Cancel</source><translation>&amp;Hủy</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
    <message><source>&amp;Close</source><translation>Đó&amp;ng</translation></message>
    <message><source>Apply</source><translation>Áp dụng</translation></message>
    <message><source>Reset</source><translation>Đặt lại</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Discard</source><translation>Không lưu</translation></message>
    <message><source>Don't Save</source><translation>Không lưu</translation></message>
    <message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Có</translation></message>
    <message><source>&amp;No</source><translation>&amp;Không</translation></message>
    <message><source>Yes to &amp;All</source><translation>Có với &amp;tất cả</translation></message>
    <message><source>N&amp;o to All</source><translation>&amp;Không với tất cả</translation></message>
    <message><source>Abort</source><translation>Dừng</translation></message>
    <message><source>Retry</source><translation>Thử lại</translation></message>
    <message><source>Ignore</source><translation>Bỏ qua</translation></message>
    <message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message><source>&amp;OK</source><translation>&amp;Đồng ý</translation></message>
    <message><source>&amp;Cancel</source><translation>&amp;Hủy</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Lưu</translation></message>
    <message><source>&amp;Close</source><translation>Đó&amp;ng</translation></message>
    <message><source>Close without Saving</source><translation>Đóng không lưu</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>OK</source><translation>Đồng ý</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Show Details...</source><translation>Chi tiết…</translation></message>
    <message><source>Hide Details...</source><translation>Ẩn chi tiết…</translation></message>
    <message><source>About Qt</source><translation>Về Qt</translation></message>
</context>
<context>
    <name>QProgressDialog</name>
    <message><source>Cancel</source><translation>Hủy</translation></message>
</context>
<context>
    <name>QInputDialog</name>
    <message><source>Enter a value:</source><translation>Nhập giá trị:</translation></message>
</context>
<context>
    <name>QErrorMessage</name>
    <message><source>&amp;OK</source><translation>&amp;Đồng ý</translation></message>
    <message><source>&amp;Show this message again</source><translation>&amp;Hiện lại thông báo này</translation></message>
    <message><source>An error occurred</source><translation>Đã xảy ra lỗi</translation></message>
    <message><source>Warning:</source><translation>Cảnh báo:</translation></message>
    <message><source>Information:</source><translation>Thông tin:</translation></message>
    <message><source>Critical Error:</source><translation>Lỗi nghiêm trọng:</translation></message>
    <message><source>Fatal Error:</source><translation>Lỗi nghiêm trọng:</translation></message>
    <message><source>Debug Message:</source><translation>Thông tin gỡ lỗi:</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; &amp;Quay lại</translation></message>
    <message><source>&amp;Next &gt;</source><translation>&amp;Tiếp &gt;</translation></message>
    <message><source>&amp;Next</source><translation>&amp;Tiếp</translation></message>
    <message><source>&amp;Finish</source><translation>&amp;Hoàn tất</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>&amp;Help</source><translation>&amp;Trợ giúp</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Go Back</source><translation>Quay lại</translation></message>
    <message><source>Continue</source><translation>Tiếp tục</translation></message>
    <message><source>Commit</source><translation>Xác nhận</translation></message>
    <message><source>Done</source><translation>Xong</translation></message>
</context>
<context>
    <name>QUndoStack</name>
    <message><source>Undo %1</source><translation>Hoàn tác %1</translation></message>
    <message><source>Redo %1</source><translation>Làm lại %1</translation></message>
    <message><source>Undo</source><translation>Hoàn tác</translation></message>
    <message><source>Redo</source><translation>Làm lại</translation></message>
</context>
<context>
    <name>QUndoModel</name>
    <message><source>&lt;empty&gt;</source><translation>&lt;trống&gt;</translation></message>
</context>
<context>
    <name>QUndoGroup</name>
    <message><source>Undo %1</source><translation>Hoàn tác %1</translation></message>
    <message><source>Redo %1</source><translation>Làm lại %1</translation></message>
    <message><source>Undo</source><translation>Hoàn tác</translation></message>
    <message><source>Redo</source><translation>Làm lại</translation></message>
</context>
<context>
    <name>QDockWidget</name>
    <message><source>Float</source><translation>Tách rời</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
    <message><source>Closes the dock widget</source><translation>Đóng khung này</translation></message>
    <message><source>Undocks and re-attaches the dock widget</source><translation>Tách khung này ra hoặc gắn lại vào cửa sổ</translation></message>
</context>
<context>
    <name>QTabBar</name>
    <message><source>Scroll Left</source><translation>Cuộn sang trái</translation></message>
    <message><source>Scroll Right</source><translation>Cuộn sang phải</translation></message>
</context>
<context>
    <name>CloseButton</name>
    <message><source>Close Tab</source><translation>Đóng thẻ</translation></message>
</context>
<context>
    <name>QComboBox</name>
    <message><source>Open the combo box selection popup</source><translation>Mở danh sách chọn</translation></message>
    <message><source>True</source><translation>Đúng</translation></message>
    <message><source>False</source><translation>Sai</translation></message>
</context>
<context>
    <name>QDialog</name>
    <message><source>What's This?</source><translation>Đây là gì?</translation></message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message><source>What's This?</source><translation>Đây là gì?</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Cắt</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Dán</translation></message>
    <message><source>Delete</source><translation>Xóa</translation></message>
    <message><source>Select All</source><translation>Chọn tất cả</translation></message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Cắt</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Dán</translation></message>
    <message><source>Delete</source><translation>Xóa</translation></message>
    <message><source>Select All</source><translation>Chọn tất cả</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Sao chép địa chỉ &amp;liên kết</translation></message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message><source>&amp;Select All</source><translation>&amp;Chọn tất cả</translation></message>
    <message><source>&amp;Step up</source><translation>&amp;Tăng</translation></message>
    <message><source>Step &amp;down</source><translation>&amp;Giảm</translation></message>
</context>
<context>
    <name>QScrollBar</name>
    <message><source>Scroll here</source><translation>Cuộn đến đây</translation></message>
    <message><source>Left edge</source><translation>Mép trái</translation></message>
    <message><source>Top</source><translation>Trên cùng</translation></message>
    <message><source>Right edge</source><translation>Mép phải</translation></message>
    <message><source>Bottom</source><translation>Dưới cùng</translation></message>
    <message><source>Page left</source><translation>Sang trái một trang</translation></message>
    <message><source>Page up</source><translation>Lên một trang</translation></message>
    <message><source>Page right</source><translation>Sang phải một trang</translation></message>
    <message><source>Page down</source><translation>Xuống một trang</translation></message>
    <message><source>Scroll left</source><translation>Cuộn sang trái</translation></message>
    <message><source>Scroll up</source><translation>Cuộn lên</translation></message>
    <message><source>Scroll right</source><translation>Cuộn sang phải</translation></message>
    <message><source>Scroll down</source><translation>Cuộn xuống</translation></message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message><source>Insert Unicode control character</source><translation>Chèn ký tự điều khiển Unicode</translation></message>
    <message><source>LRM Left-to-right mark</source><translation>LRM Dấu viết trái sang phải</translation></message>
    <message><source>RLM Right-to-left mark</source><translation>RLM Dấu viết phải sang trái</translation></message>
    <message><source>ZWJ Zero width joiner</source><translation>ZWJ Ký tự nối độ rộng không</translation></message>
    <message><source>ZWNJ Zero width non-joiner</source><translation>ZWNJ Ký tự ngắt nối độ rộng không</translation></message>
    <message><source>ZWSP Zero width space</source><translation>ZWSP Khoảng trắng độ rộng không</translation></message>
    <message><source>LRE Start of left-to-right embedding</source><translation>LRE Bắt đầu đoạn nhúng trái sang phải</translation></message>
    <message><source>RLE Start of right-to-left embedding</source><translation>RLE Bắt đầu đoạn nhúng phải sang trái</translation></message>
    <message><source>LRO Start of left-to-right override</source><translation>LRO Bắt đầu ép hướng trái sang phải</translation></message>
    <message><source>RLO Start of right-to-left override</source><translation>RLO Bắt đầu ép hướng phải sang trái</translation></message>
    <message><source>PDF Pop directional formatting</source><translation>PDF Kết thúc định dạng hướng</translation></message>
    <message><source>LRI Left-to-right isolate</source><translation>LRI Cô lập trái sang phải</translation></message>
    <message><source>RLI Right-to-left isolate</source><translation>RLI Cô lập phải sang trái</translation></message>
    <message><source>FSI First strong isolate</source><translation>FSI Cô lập theo ký tự mạnh đầu tiên</translation></message>
    <message><source>PDI Pop directional isolate</source><translation>PDI Kết thúc cô lập hướng</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>%1
Directory not found.
Please verify the correct directory name was given.</source><translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation></message>
    <message><source>%1
File not found.
Please verify the correct file name was given.</source><translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation></message>
    <message><source>%1 File</source><translation>Tệp %1</translation></message>
    <message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Bạn có muốn ghi đè lên tệp đó không?</translation></message>
    <message><source>&amp;Choose</source><translation>&amp;Chọn</translation></message>
    <message><source>&amp;Delete</source><translation>&amp;Xóa</translation></message>
    <message><source>&amp;Look in:</source><translation>&amp;Tìm trong:</translation></message>
    <message><source>&amp;New Folder</source><translation>Thư mục &amp;mới</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Mở</translation></message>
    <message><source>&amp;Rename</source><translation>Đổi &amp;tên</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Lưu</translation></message>
    <message><source>'%1' is write protected.
Do you want to delete it anyway?</source><translation>«%1» đang được chống ghi.
Bạn vẫn muốn xóa?</translation></message>
    <message><source>Alias</source><translation>Bí danh</translation></message>
    <message><source>All Files (*)</source><translation>Mọi tệp (*)</translation></message>
    <message><source>All files (*)</source><translation>Mọi tệp (*)</translation></message>
    <message><source>Are you sure you want to delete '%1'?</source><translation>Bạn có chắc muốn xóa «%1»?</translation></message>
    <message><source>Back</source><translation>Quay lại</translation></message>
    <message><source>Forward</source><translation>Tiến tới</translation></message>
    <message><source>Change to detail view mode</source><translation>Xem dạng chi tiết</translation></message>
    <message><source>Change to list view mode</source><translation>Xem dạng danh sách</translation></message>
    <message><source>Could not delete directory.</source><translation>Không xóa được thư mục.</translation></message>
    <message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
    <message><source>Create a New Folder</source><translation>Tạo thư mục mới</translation></message>
    <message><source>Delete</source><translation>Xóa</translation></message>
    <message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
    <message><source>List View</source><translation>Dạng danh sách</translation></message>
    <message><source>Directories</source><translation>Thư mục</translation></message>
    <message><source>Directory:</source><translation>Thư mục:</translation></message>
    <message><source>Drive</source><translation>Ổ đĩa</translation></message>
    <message><source>File</source><translation>Tệp</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Tên tệp:</translation></message>
    <message><source>File Folder</source><translation>Thư mục</translation></message>
    <message><source>Files</source><translation>Tệp</translation></message>
    <message><source>Files of &amp;type:</source><translation>&amp;Loại tệp:</translation></message>
    <message><source>Files of type:</source><translation>Loại tệp:</translation></message>
    <message><source>Find Directory</source><translation>Chọn thư mục</translation></message>
    <message><source>Folder</source><translation>Thư mục</translation></message>
    <message><source>Go back</source><translation>Quay lại</translation></message>
    <message><source>Go forward</source><translation>Tiến tới</translation></message>
    <message><source>Go to the parent directory</source><translation>Lên thư mục cha</translation></message>
    <message><source>List of places and bookmarks</source><translation>Các nơi hay dùng</translation></message>
    <message><source>Look in:</source><translation>Tìm trong:</translation></message>
    <message><source>My Computer</source><translation>Máy tính</translation></message>
    <message><source>New Folder</source><translation>Thư mục mới</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
    <message><source>Recent Places</source><translation>Nơi đã mở gần đây</translation></message>
    <message><source>Remove</source><translation>Bỏ khỏi danh sách</translation></message>
    <message><source>Save As</source><translation>Lưu thành</translation></message>
    <message><source>Shortcut</source><translation>Lối tắt</translation></message>
    <message><source>Show </source><translation>Hiện </translation></message>
    <message><source>Show &amp;hidden files</source><translation>Hiện tệp &amp;ẩn</translation></message>
    <message><source>Sidebar</source><translation>Thanh bên</translation></message>
    <message><source>Unknown</source><translation>Không rõ</translation></message>
    <message><source>Alt+Left</source><translation>Alt+Left</translation></message>
    <message><source>Alt+Right</source><translation>Alt+Right</translation></message>
    <message><source>Alt+Up</source><translation>Alt+Up</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>%1 TB</source><translation>%1 TB</translation></message>
    <message><source>%1 GB</source><translation>%1 GB</translation></message>
    <message><source>%1 MB</source><translation>%1 MB</translation></message>
    <message><source>%1 KB</source><translation>%1 KB</translation></message>
    <message><source>%1 bytes</source><translation>%1 byte</translation></message>
    <message><source>%1 byte(s)</source><translation>%1 byte</translation></message>
    <message><source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source><translation>&lt;b&gt;Không dùng được tên «%1».&lt;/b&gt;&lt;p&gt;Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.</translation></message>
    <message><source>&lt;b&gt;The name "%1" can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source><translation>&lt;b&gt;Không dùng được tên «%1».&lt;/b&gt;&lt;p&gt;Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.</translation></message>
    <message><source>Computer</source><translation>Máy tính</translation></message>
    <message><source>My Computer</source><translation>Máy tính</translation></message>
    <message><source>Date Modified</source><translation>Ngày sửa</translation></message>
    <message><source>Invalid filename</source><translation>Tên tệp không hợp lệ</translation></message>
    <message><source>Kind</source><translation>Loại</translation></message>
    <message><source>Name</source><translation>Tên</translation></message>
    <message><source>Size</source><translation>Kích thước</translation></message>
    <message><source>Type</source><translation>Loại</translation></message>
</context>
</TS>
