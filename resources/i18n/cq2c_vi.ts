<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
<context>
    <name>BalanceChart</name>
    <message>
        <source>Short</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Dôi dư</translation>
    </message>
</context>
<context>
    <name>BalanceTableModel</name>
    <message>
        <source>{unit} — {specialty}
Posts: {posts}
Staff: {current} (movable: {movable})
Short: {short}   Surplus: {surplus}</source>
        <translation>{unit} — {specialty}
Biên chế: {posts}
Hiện có: {current} (điều động được: {movable})
Thiếu: {short}   Dôi dư: {surplus}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Dôi dư</translation>
    </message>
    <message>
        <source>Posts not filled, all specialties</source>
        <translation>Vị trí còn thiếu, mọi chuyên môn</translation>
    </message>
    <message>
        <source>Staff above posts, all specialties</source>
        <translation>Số người vượt biên chế, mọi chuyên môn</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Region:</source>
        <translation>Vùng:</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Bản đồ nhiệt</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tất cả các vùng</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Theo vùng</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>mọi vùng</translation>
    </message>
    <message>
        <source>By specialty: {where}</source>
        <translation>Theo chuyên môn: {where}</translation>
    </message>
    <message>
        <source>{units} units · short {short} · surplus {surplus}</source>
        <translation>{units} đơn vị · thiếu {short} · dôi dư {surplus}</translation>
    </message>
    <message>
        <source>Staff − posts:</source>
        <translation>Hiện có − biên chế:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare runs {a} and {b}</source>
        <translation>So sánh lần chạy {a} và {b}</translation>
    </message>
    <message>
        <source>Posts filled</source>
        <translation>Vị trí được bổ sung</translation>
    </message>
    <message>
        <source>Posts short</source>
        <translation>Vị trí thiếu</translation>
    </message>
    <message>
        <source>Priority filled</source>
        <translation>Tổng mức ưu tiên</translation>
    </message>
    <message>
        <source>Match sum</source>
        <translation>Tổng điểm phù hợp</translation>
    </message>
    <message>
        <source>Volunteers moved</source>
        <translation>Người tự nguyện được điều động</translation>
    </message>
    <message>
        <source>Total km</source>
        <translation>Tổng km</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>Km bình quân</translation>
    </message>
    <message>
        <source>Longest km</source>
        <translation>Km xa nhất</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Run {id}</source>
        <translation>Lần chạy {id}</translation>
    </message>
    <message>
        <source>only in run {id}</source>
        <translation>chỉ có ở lần chạy {id}</translation>
    </message>
    <message>
        <source>different destination</source>
        <translation>nơi đến khác</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Khác biệt</translation>
    </message>
    <message>
        <source>{same} moves are the same in both runs; {diff} differ.</source>
        <translation>{same} điều động giống nhau ở cả hai lần chạy; {diff} khác nhau.</translation>
    </message>
</context>
<context>
    <name>DecisionPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Xem trước bản in</translation>
    </message>
    <message>
        <source> / {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Vừa &amp;chiều rộng</translation>
    </message>
    <message>
        <source>Whole &amp;page</source>
        <translation>&amp;Cả trang</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>P&amp;revious page</source>
        <translation>Trang &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <source>Save the decision drafts</source>
        <translation>Lưu dự thảo quyết định</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
    <message>
        <source>Decision drafts</source>
        <translation>Dự thảo quyết định</translation>
    </message>
    <message>
        <source>Printing the decision drafts…</source>
        <translation>Đang in dự thảo quyết định…</translation>
    </message>
    <message>
        <source>Sent {pages} page(s) to the printer.</source>
        <translation>Đã gửi {pages} trang tới máy in.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
</context>
<context>
    <name>DocumentGapsDialog</name>
    <message>
        <source>A document to be signed cannot carry blanks or notes. These document settings of the plan are not set:</source>
        <translation>Văn bản trình ký không được có chỗ trống hay ghi chú. Các cài đặt văn bản sau của phương án chưa được nhập:</translation>
    </message>
    <message>
        <source>Not yet checked against the official text:</source>
        <translation>Chưa đối chiếu với văn bản gốc:</translation>
    </message>
    <message>
        <source>Document settings missing</source>
        <translation>Thiếu cài đặt văn bản</translation>
    </message>
    <message>
        <source>Go back and enter them in the plan's document settings, or write a draft whose missing values are dotted lines to fill in by hand.</source>
        <translation>Quay lại để nhập các giá trị này trong cài đặt văn bản của phương án, hoặc xuất bản dự thảo có dòng chấm ở những chỗ còn thiếu để điền tay.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Write with blanks to fill in by hand</source>
        <translation>Xuất, để trống để điền tay</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>Rosters, quotas, units or distances as communes send them: Excel, ODS or CSV.</source>
        <translation>Danh sách cán bộ, biên chế, đơn vị hoặc khoảng cách như các xã gửi lên: Excel, ODS hoặc CSV.</translation>
    </message>
    <message>
        <source>Units (communes, wards)</source>
        <translation>Đơn vị (xã, phường)</translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation>Danh sách cán bộ, công chức</translation>
    </message>
    <message>
        <source>Staffing quotas (posts per specialty)</source>
        <translation>Biên chế (số vị trí theo chuyên môn)</translation>
    </message>
    <message>
        <source>Road distances</source>
        <translation>Khoảng cách đường bộ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>What the file holds:</source>
        <translation>Loại dữ liệu:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <source>(the one that reads best)</source>
        <translation>(trang đọc được tốt nhất)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ẩn</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Cân đối</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Chưa mở phương án</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Biên chế</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Mở phương án…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Lưu &amp;bản sao thành…</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>Đó&amp;ng phương án</translation>
    </message>
    <message>
        <source>&amp;New empty plan…</source>
        <translation>Tạo phương án &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>Phương án &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup copy…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Nhập dữ liệu…</translation>
    </message>
    <message>
        <source>Show &amp;personal data (citizen ID, birth date)</source>
        <translation>Hiện dữ liệu &amp;cá nhân (CCCD, ngày sinh)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Cân đối biên chế</translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation>&amp;Biên chế</translation>
    </message>
    <message>
        <source>Op&amp;timise</source>
        <translation>Tối &amp;ưu</translation>
    </message>
    <message>
        <source>&amp;Optimise…</source>
        <translation>&amp;Tối ưu hóa…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Phương án</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous run…</source>
        <translation>&amp;So sánh với lần chạy trước…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation>Mở phương án &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;About CQ2C Planner</source>
        <translation>&amp;Giới thiệu CQ2C Planner</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Mở phương án</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Phương án mới</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>Không tạo được phương án</translation>
    </message>
    <message>
        <source>Cannot restore the plan</source>
        <translation>Không khôi phục được phương án</translation>
    </message>
    <message>
        <source>Opening the plan…</source>
        <translation>Đang mở phương án…</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Không mở được phương án</translation>
    </message>
    <message>
        <source>Save a copy of the plan</source>
        <translation>Lưu bản sao phương án</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Đã lưu bản sao: {path}</translation>
    </message>
    <message>
        <source>Loading the plan…</source>
        <translation>Đang đọc phương án…</translation>
    </message>
    <message>
        <source>Cannot read the plan</source>
        <translation>Không đọc được phương án</translation>
    </message>
    <message>
        <source>{units} units, {staff} staff</source>
        <translation>{units} đơn vị, {staff} cán bộ</translation>
    </message>
    <message>
        <source>Optimising…</source>
        <translation>Đang tối ưu hóa…</translation>
    </message>
    <message>
        <source>Run {id}: {status}, {moves} moves, {unfilled} posts unfilled</source>
        <translation>Lần chạy {id}: {status}, {moves} điều động, {unfilled} vị trí chưa bổ sung</translation>
    </message>
    <message>
        <source>Optimisation failed</source>
        <translation>Tối ưu hóa không thành công</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>So sánh các lần chạy</translation>
    </message>
    <message>
        <source>Two runs are needed to compare.</source>
        <translation>Cần ít nhất hai lần chạy để so sánh.</translation>
    </message>
    <message>
        <source>About CQ2C Planner</source>
        <translation>Giới thiệu CQ2C Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;CQ2C Planner&lt;/b&gt; {version}&lt;br&gt;Planning the redeployment of commune civil servants.&lt;br&gt;Map data: Vietnam Cartographic Publishing House via vietnamese-provinces-database (MIT).</source>
        <translation>&lt;b&gt;CQ2C Planner&lt;/b&gt; {version}&lt;br&gt;Lập phương án điều động công chức cấp xã.&lt;br&gt;Dữ liệu bản đồ: Vietnam Cartographic Publishing House (sapnhap.bando.com.vn), qua vietnamese-provinces-database (MIT).</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Điều động</translation>
    </message>
    <message>
        <source>Show the proposed moves as arrows</source>
        <translation>Hiện các đề xuất điều động bằng mũi tên</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Xuất PNG…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have no boundary on this map</source>
        <translation>
            <numerusform>%n đơn vị không có ranh giới trên bản đồ này</numerusform>
        </translation>
    </message>
    <message>
        <source>{source} → {target}: {count} people</source>
        <translation>{source} → {target}: {count} người</translation>
    </message>
    <message>
        <source>&lt;br&gt;{region}&lt;br&gt;Posts: {posts} · Staff: {staff}&lt;br&gt;Short: {short} · Surplus: {surplus}</source>
        <translation>&lt;br&gt;{region}&lt;br&gt;Biên chế: {posts} · Hiện có: {staff}&lt;br&gt;Thiếu: {short} · Dôi dư: {surplus}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Moves in: {incoming} · out: {outgoing}</source>
        <translation>&lt;br&gt;Đến: {incoming} · đi: {outgoing}</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <source>Staff minus posts</source>
        <translation>Hiện có trừ biên chế</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <source>Proposed move</source>
        <translation>Đề xuất điều động</translation>
    </message>
    <message>
        <source>Boundaries: Vietnam Cartographic Publishing House, via vietnamese-provinces-database (MIT)</source>
        <translation>Ranh giới: Vietnam Cartographic Publishing House, qua vietnamese-provinces-database (MIT)</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Xuất bản đồ</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Không ghi được {path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Kiểm tra các cột</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field of the plan; fields marked * are required.</source>
        <translation>Mỗi cột của tệp ứng với một trường của phương án; trường có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>Read again from this row</source>
        <translation>Đọc lại từ dòng này</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>As usual for this kind of file</source>
        <translation>Theo mặc định của loại tệp này</translation>
    </message>
    <message>
        <source>Remove them: the file is the unit's complete list</source>
        <translation>Xóa: tệp là danh sách đầy đủ của đơn vị</translation>
    </message>
    <message>
        <source>Keep them: the file only adds and updates</source>
        <translation>Giữ nguyên: tệp chỉ bổ sung và cập nhật</translation>
    </message>
    <message>
        <source>optional: a name to reuse this mapping for the same source</source>
        <translation>không bắt buộc: đặt tên để dùng lại cách ghép cột này cho cùng nguồn</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>Rows of the plan missing from the file:</source>
        <translation>Bản ghi có trong phương án nhưng không có trong tệp:</translation>
    </message>
    <message>
        <source>Save the mapping as:</source>
        <translation>Lưu cách ghép cột với tên:</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(bỏ qua cột này)</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>Mọi trường bắt buộc đều đã có cột.</translation>
    </message>
</context>
<context>
    <name>OptimiseDialog</name>
    <message>
        <source>Optimise the plan</source>
        <translation>Tối ưu hóa phương án</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <source>Limit the distance from home</source>
        <translation>Giới hạn khoảng cách từ nơi ở</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Khoảng cách:</translation>
    </message>
    <message>
        <source>Optimal (proven best)</source>
        <translation>Tối ưu (chứng minh tốt nhất)</translation>
    </message>
    <message>
        <source>Nearest first (the usual spreadsheet habit)</source>
        <translation>Gần nhất trước (cách làm thủ công quen thuộc)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Phương pháp:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Giới hạn thời gian:</translation>
    </message>
    <message>
        <source>Receiving regions and their priority</source>
        <translation>Vùng tiếp nhận và mức ưu tiên</translation>
    </message>
    <message>
        <source>priority </source>
        <translation>ưu tiên </translation>
    </message>
    <message>
        <source>Related specialties: who may fill which post (score 0 = no, 1 = same specialty)</source>
        <translation>Chuyên môn gần: ai có thể đảm nhận vị trí nào (điểm 0 = không, 1 = đúng chuyên môn)</translation>
    </message>
    <message>
        <source>Rows: the post's specialty. Columns: the holder's specialty.</source>
        <translation>Hàng: chuyên môn của vị trí. Cột: chuyên môn của người đảm nhận.</translation>
    </message>
    <message>
        <source>Check the policy</source>
        <translation>Kiểm tra lại chính sách</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>&amp;Approve selected proposals</source>
        <translation>&amp;Phê duyệt các đề xuất đã chọn</translation>
    </message>
    <message>
        <source>Approve &amp;all proposals not rejected</source>
        <translation>Phê duyệt &amp;tất cả đề xuất chưa bị loại</translation>
    </message>
    <message>
        <source>Transfer &amp;list (Excel)…</source>
        <translation>&amp;Danh sách điều động (Excel)…</translation>
    </message>
    <message>
        <source>Decisions (&amp;PDF)…</source>
        <translation>Quyết định (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Decisions (&amp;Word)…</source>
        <translation>Quyết định (&amp;Word)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view of the decisions…</source>
        <translation>&amp;Xem trước bản in quyết định…</translation>
    </message>
    <message>
        <source>Open the &amp;output folder</source>
        <translation>Mở &amp;thư mục kết quả</translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation>Không phê duyệt được</translation>
    </message>
    <message>
        <source>Approve {count} proposal(s)</source>
        <translation>Phê duyệt {count} đề xuất</translation>
    </message>
    <message>
        <source>Export the transfer list</source>
        <translation>Xuất danh sách điều động</translation>
    </message>
    <message>
        <source>Export the decision drafts</source>
        <translation>Xuất dự thảo quyết định</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>Exporting the transfer list…</source>
        <translation>Đang xuất danh sách điều động…</translation>
    </message>
    <message>
        <source>Writing the decision drafts…</source>
        <translation>Đang soạn dự thảo quyết định…</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Đang chuẩn bị bản xem trước khi in…</translation>
    </message>
    <message>
        <source>Written: {path} ({people} people)</source>
        <translation>Đã ghi: {path} ({people} người)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Đã hủy: không ghi tệp nào.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>&lt;p&gt;Units: &lt;b&gt;{units}&lt;/b&gt; &amp;nbsp; Staff: &lt;b&gt;{staff}&lt;/b&gt; (movable {movable}, volunteers {volunteers}) &amp;nbsp; Posts: &lt;b&gt;{posts}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đơn vị: &lt;b&gt;{units}&lt;/b&gt; &amp;nbsp; Cán bộ: &lt;b&gt;{staff}&lt;/b&gt; (có thể điều động {movable}, tự nguyện {volunteers}) &amp;nbsp; Biên chế: &lt;b&gt;{posts}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Short: &lt;b&gt;{short}&lt;/b&gt; posts in {units_short} units &amp;nbsp; Surplus: &lt;b&gt;{surplus}&lt;/b&gt; people in {units_surplus} units&lt;/p&gt;</source>
        <translation>&lt;p&gt;Thiếu: &lt;b&gt;{short}&lt;/b&gt; vị trí ở {units_short} đơn vị &amp;nbsp; Dôi dư: &lt;b&gt;{surplus}&lt;/b&gt; người ở {units_surplus} đơn vị&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Dôi dư</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>Theo vùng</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>By specialty</source>
        <translation>Theo chuyên môn</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Chuyên môn</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Next step&lt;/h3&gt;&lt;p&gt;Check the data (Data menu, Ctrl+I to import the communes' files), then &lt;b&gt;Optimise (F5)&lt;/b&gt; to get a proposal.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bước tiếp theo&lt;/h3&gt;&lt;p&gt;Kiểm tra dữ liệu (menu Dữ liệu, Ctrl+I để nhập tệp của các xã), sau đó &lt;b&gt;Tối ưu hóa (F5)&lt;/b&gt; để có phương án đề xuất.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latest run&lt;/h3&gt;&lt;p&gt;Run {id}: {status}, {moves} moves, {filled} of {short} posts filled. Review it on the Proposals tab, approve, then export from the Export menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lần chạy gần nhất&lt;/h3&gt;&lt;p&gt;Lần chạy {id}: {status}, {moves} điều động, bổ sung {filled}/{short} vị trí thiếu. Xem xét ở thẻ Đề xuất, phê duyệt, rồi xuất từ menu Xuất.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>The new language applies when the program starts again.</source>
        <translation>Ngôn ngữ mới có hiệu lực khi khởi động lại chương trình.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Cells with problems are highlighted.</source>
        <translation>Chưa ghi gì vào phương án. Các ô có vấn đề được tô màu.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Đang kiểm tra từng dòng…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>{records} records read: {added} to add, {changed} to change, {removed} to remove, {unchanged} unchanged · {errors} errors, {warnings} warnings</source>
        <translation>Đọc {records} bản ghi: thêm {added}, sửa {changed}, xóa {removed}, giữ nguyên {unchanged} · {errors} lỗi, {warnings} cảnh báo</translation>
    </message>
    <message>
        <source>Fix the errors in the file (or the mapping) before importing.</source>
        <translation>Hãy sửa các lỗi trong tệp (hoặc cách ghép cột) trước khi nhập.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Chưa nhập được dữ liệu</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
</context>
<context>
    <name>QuotasView</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Chuyên môn</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Biên chế</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Movable</source>
        <translation>Điều động được</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Dôi dư</translation>
    </message>
    <message>
        <source>Search by unit, region or specialty…</source>
        <translation>Tìm theo đơn vị, vùng hoặc chuyên môn…</translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>{shown}/{total} dòng</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Fill a post by hand</source>
        <translation>Bổ sung vị trí thủ công</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Km from home</source>
        <translation>Km từ nơi ở</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Phù hợp</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tự nguyện</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Already proposed</source>
        <translation>Đã được đề xuất</translation>
    </message>
    <message>
        <source>Beyond the distance limit</source>
        <translation>Vượt giới hạn khoảng cách</translation>
    </message>
    <message>
        <source>Best first: exact specialty, volunteers, then the shortest distance.</source>
        <translation>Xếp theo: đúng chuyên môn, tự nguyện, rồi khoảng cách ngắn nhất.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Highland</source>
        <translation>Vùng cao</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Miền núi</translation>
    </message>
    <message>
        <source>Lowland</source>
        <translation>Đồng bằng</translation>
    </message>
    <message>
        <source>Coastal</source>
        <translation>Ven biển</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>Đô thị</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the plan from a backup copy</source>
        <translation>Khôi phục phương án từ bản sao lưu</translation>
    </message>
    <message>
        <source>when the plan was opened</source>
        <translation>khi mở phương án</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Số lần chạy</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Dung lượng (KB)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>No backup copies of this plan yet: one is taken each time a changed plan is opened.</source>
        <translation>Phương án chưa có bản sao lưu: mỗi lần mở một phương án đã thay đổi sẽ tạo một bản.</translation>
    </message>
    <message>
        <source>The plan's content is replaced by the copy you choose. The plan as it is now is copied first, so this can be undone.</source>
        <translation>Nội dung phương án sẽ được thay bằng bản sao đã chọn. Phương án hiện tại được sao lưu trước nên có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Backup copies of {name}, newest first:</source>
        <translation>Các bản sao lưu của {name}, mới nhất trước:</translation>
    </message>
    <message>
        <source>Restore the plan?</source>
        <translation>Khôi phục phương án?</translation>
    </message>
    <message>
        <source>Replace the plan with the copy taken at {when}? The plan as it is now is kept as a copy.</source>
        <translation>Thay phương án bằng bản sao lúc {when}? Phương án hiện tại được giữ lại thành một bản sao.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã loại</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Search proposals…</source>
        <translation>Tìm trong đề xuất…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Post specialty</source>
        <translation>Chuyên môn vị trí</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Phù hợp</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tự nguyện</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Chuyên môn</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Biên chế</translation>
    </message>
    <message>
        <source>Why unfilled</source>
        <translation>Lý do chưa bổ sung</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Reset to proposed</source>
        <translation>Đặt lại là đề xuất</translation>
    </message>
    <message>
        <source>Change person…</source>
        <translation>Đổi người…</translation>
    </message>
    <message>
        <source>Fill post by hand…</source>
        <translation>Bổ sung thủ công…</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lần chạy:</translation>
    </message>
    <message>
        <source>Posts left unfilled</source>
        <translation>Vị trí chưa bổ sung được</translation>
    </message>
    <message>
        <source>Run {id} — {when} — {status} — {moves} moves</source>
        <translation>Lần chạy {id} — {when} — {status} — {moves} điều động</translation>
    </message>
    <message>
        <source>No run yet: use Optimise (F5).</source>
        <translation>Chưa có lần chạy nào: dùng Tối ưu hóa (F5).</translation>
    </message>
    <message>
        <source>Filled {filled} of {short} posts short · priority {priority} · match {match} · volunteers {volunteers} · total {total} km, mean {mean} km, longest {longest} km</source>
        <translation>Bổ sung {filled}/{short} vị trí thiếu · ưu tiên {priority} · phù hợp {match} · tự nguyện {volunteers} · tổng {total} km, bình quân {mean} km, xa nhất {longest} km</translation>
    </message>
    <message>
        <source>Cannot change the proposal</source>
        <translation>Không thay đổi được đề xuất</translation>
    </message>
    <message>
        <source>{status}: {count} proposal(s)</source>
        <translation>{status}: {count} đề xuất</translation>
    </message>
    <message>
        <source>Cannot make this change</source>
        <translation>Không thực hiện được thay đổi</translation>
    </message>
    <message>
        <source>Change by hand</source>
        <translation>Thay đổi thủ công</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>ID</source>
        <translation>Mã CB</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Chuyên môn</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ngạch</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Nơi ở</translation>
    </message>
    <message>
        <source>Movable</source>
        <translation>Điều động được</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Lý do miễn</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tự nguyện</translation>
    </message>
    <message>
        <source>(none — movable)</source>
        <translation>(không — có thể điều động)</translation>
    </message>
    <message>
        <source>Search by name, ID, unit, specialty (diacritics optional)…</source>
        <translation>Tìm theo tên, mã, đơn vị, chuyên môn (có dấu hoặc không)…</translation>
    </message>
    <message>
        <source>{shown} of {total} people</source>
        <translation>{shown}/{total} người</translation>
    </message>
    <message>
        <source>Cannot change this person</source>
        <translation>Không sửa được thông tin cán bộ</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Sửa {name}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Cannot undo</source>
        <translation>Không hoàn tác được</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Biên chế</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Dôi dư</translation>
    </message>
    <message>
        <source>Search units (with or without diacritics)…</source>
        <translation>Tìm đơn vị (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <source>Cannot change this unit</source>
        <translation>Không sửa được đơn vị</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Sửa {name}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>self._parent</name>
    <message>
        <source>The job failed</source>
        <translation>Công việc không thành công</translation>
    </message>
</context>
</TS>