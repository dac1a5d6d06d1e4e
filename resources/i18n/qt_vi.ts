<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<!-- Qt ships no Vietnamese translation of its own buttons; these cover the ones our dialogs show. -->
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Đồng ý</translation></message>
    <message><source>Save</source><translation>Lưu</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
    <message><source>Apply</source><translation>Áp dụng</translation></message>
    <message><source>Reset</source><translation>Đặt lại</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Discard</source><translation>Bỏ qua</translation></message>
    <message><source>Yes</source><translation>Có</translation></message>
    <message><source>No</source><translation>Không</translation></message>
    <message><source>Abort</source><translation>Dừng</translation></message>
    <message><source>Retry</source><translation>Thử lại</translation></message>
    <message><source>Ignore</source><translation>Bỏ qua</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Có</translation></message>
    <message><source>&amp;No</source><translation>&amp;Không</translation></message>
    <message><source>&amp;OK</source><translation>&amp;Đồng ý</translation></message>
</context>
<context>
    <name>QWizard</name>
    <message><source>&lt; &amp;Back</source><translation>&lt; &amp;Quay lại</translation></message>
    <message><source>&amp;Next &gt;</source><translation>&amp;Tiếp &gt;</translation></message>
    <message><source>&amp;Finish</source><translation>&amp;Hoàn tất</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>&amp;Help</source><translation>&amp;Trợ giúp</translation></message>
    <message><source>Go Back</source><translation>Quay lại</translation></message>
    <message><source>Continue</source><translation>Tiếp tục</translation></message>
    <message><source>Done</source><translation>Xong</translation></message>
</context>
<context>
    <name>QUndoStack</name>
    <message><source>Undo %1</source><translation>Hoàn tác %1</translation></message>
    <message><source>Redo %1</source><translation>Làm lại %1</translation></message>
</context>
<context>
    <name>QUndoModel</name>
    <message><source>&lt;empty&gt;</source><translation>&lt;trống&gt;</translation></message>
</context>
<context>
    <name>QDockWidget</name>
    <message><source>Float</source><translation>Tách rời</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
</context>
</TS>
