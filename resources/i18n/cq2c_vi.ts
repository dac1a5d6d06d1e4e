<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ApprovedNote</name>
    <message>
        <source>Figures include {moves} approved moves: each person counts at the destination.</source>
        <translation>Đã tính {moves} điều động đã phê duyệt: mỗi người được tính ở đơn vị đến, không còn tính ở đơn vị đi.</translation>
    </message>
    <message>
        <source>Figures include {moves} approved moves, {secondments} of them secondments, counted where the person works.</source>
        <translation>Đã tính {moves} điều động đã phê duyệt, trong đó {secondments} biệt phái được tính ở nơi người đó làm việc.</translation>
    </message>
    <message>
        <source>Approved decisions are facts: a transfer counts at its destination and no longer at its source. A seconded person counts at the unit where they work during the secondment, although they stay on the source unit&apos;s payroll.</source>
        <translation>Quyết định đã phê duyệt là sự thật: người được điều động tính ở đơn vị đến, không còn tính ở đơn vị đi. Người được biệt phái tính ở đơn vị nơi họ làm việc trong thời hạn biệt phái, dù vẫn thuộc biên chế và do đơn vị cử đi trả lương.</translation>
    </message>
</context>
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
    <name>BalanceRefresh</name>
    <message>
        <source>Cannot read the plan</source>
        <translation>Không đọc được phương án</translation>
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
    <name>Confirm</name>
    <message>
        <source>The search shows {shown} of {every} proposals. Apply to all {every}, or to the {shown} shown?</source>
        <translation>Ô tìm kiếm đang hiện {shown} trong {every} đề xuất. Áp dụng cho cả {every} hay chỉ {shown} đề xuất đang hiện?</translation>
    </message>
    <message>
        <source>All {every}</source>
        <translation>Cả {every}</translation>
    </message>
    <message>
        <source>The {shown} shown</source>
        <translation>{shown} đề xuất đang hiện</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Which decisions? For the approved proposals selected, or for every approved one when none is selected.</source>
        <translation>Lập quyết định loại nào? Cho các đề xuất đã phê duyệt đang chọn, hoặc cho mọi đề xuất đã phê duyệt khi không chọn đề xuất nào.</translation>
    </message>
    <message>
        <source>One decision per person</source>
        <translation>Mỗi người một quyết định</translation>
    </message>
    <message>
        <source>One collective decision, list annexed</source>
        <translation>Một quyết định chung, kèm danh sách</translation>
    </message>
</context>
<context>
    <name>DecisionActions</name>
    <message>
        <source>&amp;Withdraw approval…</source>
        <translation>&amp;Rút phê duyệt…</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Rút phê duyệt</translation>
    </message>
    <message>
        <source>Select one or more approved proposals (status “approved”) to withdraw their approval.</source>
        <translation>Hãy chọn một hoặc nhiều đề xuất đã phê duyệt (trạng thái “Đã phê duyệt”) để rút phê duyệt.</translation>
    </message>
    <message>
        <source>Cannot withdraw the approval</source>
        <translation>Không rút được phê duyệt</translation>
    </message>
    <message>
        <source>Withdraw approval: {count} move(s)</source>
        <translation>Rút phê duyệt: {count} điều động</translation>
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
        <source>Go back and enter them in the plan&apos;s document settings, or write a draft whose missing values are dotted lines to fill in by hand.</source>
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
    <name>ExemptionBasesDialog</name>
    <message>
        <source>Legal basis of the exemptions</source>
        <translation>Căn cứ các trường hợp không điều động</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <source>Article, clause</source>
        <translation>Điều, khoản</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Đã đối chiếu</translation>
    </message>
    <message>
        <source>The defaults are as reported in the press and official letters, not checked against the decree: write in the article and tick Checked once you have read the official text.</source>
        <translation>Các giá trị mặc định lấy theo báo chí và công văn, chưa đối chiếu với nghị định: hãy ghi điều, khoản và đánh dấu Đã đối chiếu sau khi đọc văn bản gốc.</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <source>Exemption from transfer</source>
        <translation>Miễn điều động</translation>
    </message>
    <message>
        <source>(none — movable)</source>
        <translation>(không — có thể điều động)</translation>
    </message>
    <message>
        <source>e.g. Medical certificate no. 12/GCN of the district hospital</source>
        <translation>ví dụ: Giấy chứng nhận số 12/GCN của bệnh viện huyện</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Có ngày</translation>
    </message>
    <message>
        <source>Volunteers to be moved all the same</source>
        <translation>Vẫn tự nguyện điều động</translation>
    </message>
    <message>
        <source>The decree lets a person volunteer only when pregnant or raising a child under 36 months, or in certified family hardship; every other exempt person is never proposed.</source>
        <translation>Nghị định chỉ cho phép tự nguyện điều động khi đang mang thai, nuôi con dưới 36 tháng tuổi hoặc có hoàn cảnh gia đình đặc biệt khó khăn được xác nhận; những trường hợp miễn khác không bao giờ được đề xuất.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Giấy tờ chứng minh:</translation>
    </message>
    <message>
        <source>Date of the evidence:</source>
        <translation>Ngày của giấy tờ:</translation>
    </message>
    <message>
        <source>Movable: no exemption.</source>
        <translation>Có thể điều động: không thuộc diện miễn.</translation>
    </message>
    <message>
        <source>The province&apos;s own rule (not a group of Decree 170/2025).</source>
        <translation>Quy định riêng của tỉnh (không thuộc các trường hợp của Nghị định 170/2025).</translation>
    </message>
    <message>
        <source>checked against the official text</source>
        <translation>đã đối chiếu văn bản gốc</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>chưa kiểm chứng</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
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
        <source>Save a copy of the plan</source>
        <translation>Lưu bản sao phương án</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Đã lưu bản sao: {path}</translation>
    </message>
    <message>
        <source>Open a shared plan (PostgreSQL)…</source>
        <translation>Mở phương án dùng chung trên máy chủ…</translation>
    </message>
    <message>
        <source>Open a shared plan</source>
        <translation>Mở phương án dùng chung</translation>
    </message>
    <message>
        <source>Address of the plan (the password is asked for when needed):</source>
        <translation>Địa chỉ của phương án (mật khẩu sẽ được hỏi khi cần):</translation>
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
        <source>Every ticked sheet that holds a list is imported; cover and summary sheets are skipped.</source>
        <translation>Mọi trang tính được đánh dấu có danh sách đều được nhập; trang bìa và trang tổng hợp được bỏ qua.</translation>
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
        <source>Sheets to read:</source>
        <translation>Các trang cần đọc:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ẩn</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>CQ2C Planner user guide</source>
        <translation>Hướng dẫn sử dụng CQ2C Planner</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation>Mở bằng trình duyệt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Quick tour: the five steps</source>
        <translation>&amp;Giới thiệu nhanh: năm bước</translation>
    </message>
    <message>
        <source>&amp;About CQ2C Planner</source>
        <translation>&amp;Giới thiệu CQ2C Planner</translation>
    </message>
    <message>
        <source>About CQ2C Planner</source>
        <translation>Giới thiệu CQ2C Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;CQ2C Planner&lt;/b&gt; {version}&lt;br&gt;Planning the redeployment of commune civil servants.&lt;br&gt;Map data: Vietnam Cartographic Publishing House via vietnamese-provinces-database (MIT).</source>
        <translation>&lt;b&gt;CQ2C Planner&lt;/b&gt; {version}&lt;br&gt;Lập phương án điều động công chức cấp xã.&lt;br&gt;Dữ liệu bản đồ: Nhà xuất bản Bản đồ Việt Nam (sapnhap.bando.com.vn), qua vietnamese-provinces-database (MIT).</translation>
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
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The job failed</source>
        <translation>Công việc không thành công</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>proven optimal</source>
        <translation>tối ưu (đã chứng minh)</translation>
    </message>
    <message>
        <source>nearest first</source>
        <translation>gần nhất trước</translation>
    </message>
    <message>
        <source>best found in the time limit</source>
        <translation>tốt nhất tìm được trong thời gian cho phép</translation>
    </message>
    <message>
        <source>not run: the data must be fixed</source>
        <translation>chưa chạy được: cần sửa dữ liệu</translation>
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
        <source>Opening the plan…</source>
        <translation>Đang mở phương án…</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Không mở được phương án</translation>
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
        <source>Import {file}</source>
        <translation>Nhập tệp {file}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Show the whole province (Ctrl+0)</source>
        <translation>Xem toàn tỉnh (Ctrl+0)</translation>
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
        <source>Save image…</source>
        <translation>Lưu ảnh…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image, with its legend</source>
        <translation>Lưu bản đồ thành ảnh PNG, kèm chú giải</translation>
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
    <message>
        <source>Balanced</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <source>Leaving {unit}</source>
        <translation>Đi khỏi {unit}</translation>
    </message>
    <message>
        <source>Coming to {unit}</source>
        <translation>Đến {unit}</translation>
    </message>
    <message>
        <source>Other moves</source>
        <translation>Điều động khác</translation>
    </message>
    <message>
        <source>Moves (thicker: more people)</source>
        <translation>Điều động (càng dày càng nhiều người)</translation>
    </message>
    <message>
        <source>Staff minus posts</source>
        <translation>Hiện có trừ biên chế</translation>
    </message>
    <message>
        <source>short</source>
        <translation>thiếu</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>dôi dư</translation>
    </message>
    <message>
        <source>Boundaries: Vietnam Cartographic Publishing House, via vietnamese-provinces-database (MIT)</source>
        <translation>Ranh giới: Nhà xuất bản Bản đồ Việt Nam, qua dữ liệu vietnamese-provinces-database (MIT)</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
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
        <source>Keep them: the file only adds and updates</source>
        <translation>Giữ nguyên: tệp chỉ bổ sung và cập nhật</translation>
    </message>
    <message>
        <source>Remove those of the units in the file: it is their complete list</source>
        <translation>Xóa những người thuộc các đơn vị có trong tệp: tệp là danh sách đầy đủ của các đơn vị đó</translation>
    </message>
    <message>
        <source>Remove every one missing from the file</source>
        <translation>Xóa mọi người không có trong tệp</translation>
    </message>
    <message>
        <source>For a list without a unit column: the unit of every row that names none.</source>
        <translation>Với danh sách không có cột đơn vị: đơn vị của mọi dòng không ghi đơn vị.</translation>
    </message>
    <message>
        <source>Also import the rows hidden in the file</source>
        <translation>Nhập cả các dòng bị ẩn trong tệp</translation>
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
        <source>Unit of rows that name none:</source>
        <translation>Đơn vị của các dòng không ghi đơn vị:</translation>
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
        <source>(as the file says)</source>
        <translation>(theo tệp)</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(bỏ qua cột này)</translation>
    </message>
    <message>
        <source>Sheets read: {sheets}</source>
        <translation>Các trang được đọc: {sheets}</translation>
    </message>
    <message>
        <source>The title names {unit}: rows without a unit take it.</source>
        <translation>Tiêu đề ghi {unit}: các dòng không ghi đơn vị lấy đơn vị này.</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>Mọi trường bắt buộc đều đã có cột.</translation>
    </message>
</context>
<context>
    <name>MoveKindDialog</name>
    <message>
        <source>Transfer or secondment</source>
        <translation>Điều động hay biệt phái</translation>
    </message>
    <message>
        <source>Transfer (điều động): leaves the source unit for good</source>
        <translation>Điều động: chuyển hẳn khỏi đơn vị cũ</translation>
    </message>
    <message>
        <source>Secondment (biệt phái): for a term, stays on the source unit&apos;s payroll and returns</source>
        <translation>Biệt phái: có thời hạn, vẫn thuộc biên chế và hưởng lương ở đơn vị cũ, hết hạn trở về</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>From a set day (otherwise from the date the decision takes effect)</source>
        <translation>Từ một ngày cụ thể (nếu không: từ ngày quyết định có hiệu lực)</translation>
    </message>
    <message>
        <source>Also make this the plan&apos;s default for new proposals</source>
        <translation>Đặt làm hình thức mặc định của phương án cho các đề xuất mới</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) chosen.</source>
        <translation>
            <numerusform>Đã chọn %n đề xuất.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secondment&apos;s decision states its term and the return; the support ends with the term.</source>
        <translation>Quyết định biệt phái ghi rõ thời hạn và việc trở về đơn vị cũ; chế độ hỗ trợ kết thúc cùng thời hạn biệt phái.</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Remaining needs</source>
        <translation>Nhu cầu còn thiếu</translation>
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
        <source>Posts unfilled</source>
        <translation>Số vị trí còn thiếu</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>What transfer could not fill: choose for each how it is to be filled (double-click the measure). The list goes to the recruitment side as an Excel workbook.</source>
        <translation>Những vị trí điều động chưa bổ sung được: chọn biện pháp cho từng vị trí (bấm đúp vào cột Biện pháp). Danh sách được chuyển cho bộ phận tuyển dụng dưới dạng sổ tính Excel.</translation>
    </message>
    <message>
        <source>Round {round}: {posts} posts unfilled in {pairs} unit × specialty pairs</source>
        <translation>Đợt {round}: còn thiếu {posts} vị trí ở {pairs} cặp đơn vị × chuyên môn</translation>
    </message>
    <message>
        <source>Cannot choose the measure</source>
        <translation>Không chọn được biện pháp</translation>
    </message>
    <message>
        <source>Measure for {unit}, {specialty}</source>
        <translation>Biện pháp cho {unit}, {specialty}</translation>
    </message>
    <message>
        <source>Export the remaining needs</source>
        <translation>Xuất nhu cầu còn thiếu</translation>
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
        <source>At most this share of each unit&apos;s staff</source>
        <translation>Tối đa tỷ lệ này trên biên chế của mỗi đơn vị</translation>
    </message>
    <message>
        <source>At most this many people from one unit</source>
        <translation>Tối đa số người này từ một đơn vị</translation>
    </message>
    <message>
        <source>Sending quota:</source>
        <translation>Hạn mức cử đi:</translation>
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
        <source>Rows: the post&apos;s specialty. Columns: the holder&apos;s specialty.</source>
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
        <source>Approve proposals</source>
        <translation>Phê duyệt đề xuất</translation>
    </message>
    <message>
        <source>Approve {count} proposal(s)? Approved moves go into the decisions to be signed; an approval can be withdrawn later, with a reason.</source>
        <translation>Phê duyệt {count} đề xuất? Điều động đã phê duyệt sẽ vào các quyết định trình ký; về sau vẫn có thể rút phê duyệt, kèm lý do.</translation>
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
        <source>&lt;h3&gt;Next step&lt;/h3&gt;&lt;p&gt;Check the data (Data menu, Ctrl+I to import the communes&apos; files), then &lt;b&gt;Optimise (F5)&lt;/b&gt; to get a proposal.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bước tiếp theo&lt;/h3&gt;&lt;p&gt;Kiểm tra dữ liệu (trình đơn Dữ liệu, Ctrl+I để nhập tệp của các xã), sau đó &lt;b&gt;Tối ưu hóa (F5)&lt;/b&gt; để có phương án đề xuất.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latest run&lt;/h3&gt;&lt;p&gt;Run {id}: {status}, {moves} moves, {filled} of {short} posts filled. Review it on the Proposals tab, approve, then export from the Export menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lần chạy gần nhất&lt;/h3&gt;&lt;p&gt;Lần chạy {id}: {status}, {moves} điều động, bổ sung {filled}/{short} vị trí thiếu. Xem xét ở thẻ Đề xuất, phê duyệt, rồi xuất từ trình đơn Xuất.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Round {round}: {approved} approved</source>
        <translation>Đợt {round}: {approved} đã phê duyệt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rounds&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Các đợt điều động&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>All rounds together: &lt;b&gt;{approved}&lt;/b&gt; approved</source>
        <translation>Cộng dồn các đợt: &lt;b&gt;{approved}&lt;/b&gt; đã phê duyệt</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the shared plan</source>
        <translation>Mật khẩu của phương án dùng chung</translation>
    </message>
    <message>
        <source>The server asks for the password of:
{location}</source>
        <translation>Máy chủ yêu cầu mật khẩu cho:
{location}</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s credential store</source>
        <translation>Ghi nhớ trong kho mật khẩu của máy tính này</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>May be transferred</source>
        <translation>Có thể điều động</translation>
    </message>
    <message>
        <source>Asked to be transferred</source>
        <translation>Tự nguyện điều động</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
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
        <source>Staff id:</source>
        <translation>Mã cán bộ:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Dân tộc:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Chuyên môn:</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Ngạch:</translation>
    </message>
    <message>
        <source>Lives in:</source>
        <translation>Nơi ở:</translation>
    </message>
    <message>
        <source>(the unit where they work)</source>
        <translation>(đơn vị đang công tác)</translation>
    </message>
    <message>
        <source>Movable:</source>
        <translation>Điều động:</translation>
    </message>
    <message>
        <source>Why not movable:</source>
        <translation>Lý do không điều động:</translation>
    </message>
    <message>
        <source>Volunteer:</source>
        <translation>Tự nguyện:</translation>
    </message>
    <message>
        <source>Citizen ID:</source>
        <translation>Số CCCD:</translation>
    </message>
    <message>
        <source>Wish {rank}:</source>
        <translation>Nguyện vọng {rank}:</translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
    <message>
        <source>the plan server cannot be reached</source>
        <translation>không kết nối được máy chủ phương án</translation>
    </message>
    <message>
        <source>the plan server refused the user name</source>
        <translation>máy chủ phương án không chấp nhận tên người dùng</translation>
    </message>
    <message>
        <source>the content of the file cannot be read as a plan</source>
        <translation>nội dung tệp không đọc được như một phương án</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>tệp đã bị hỏng</translation>
    </message>
    <message>
        <source>another program is writing to the plan</source>
        <translation>một chương trình khác đang ghi vào phương án</translation>
    </message>
    <message>
        <source>the file or the disk is read-only</source>
        <translation>tệp hoặc ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the file cannot be opened where it is</source>
        <translation>không mở được tệp ở vị trí này</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>không đọc hoặc ghi được ổ đĩa</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>the file is open in another program (Excel?): close it and try again</source>
        <translation>tệp đang mở trong chương trình khác (Excel?): hãy đóng tệp rồi thử lại</translation>
    </message>
    <message>
        <source>you have no permission to use this file or folder</source>
        <translation>bạn không có quyền dùng tệp hoặc thư mục này</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>tệp hoặc thư mục không tồn tại</translation>
    </message>
    <message>
        <source>the file is not a real Excel workbook, or it is damaged</source>
        <translation>tệp không phải là sổ tính Excel thật, hoặc đã bị hỏng</translation>
    </message>
    <message>
        <source>the file&apos;s characters cannot be read (unknown text encoding)</source>
        <translation>không đọc được các ký tự trong tệp (không rõ bảng mã)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>máy tính không đủ bộ nhớ</translation>
    </message>
    <message>
        <source>the work took too long and was stopped</source>
        <translation>công việc kéo dài quá lâu nên đã dừng</translation>
    </message>
    <message>
        <source>a technical error (see Details)</source>
        <translation>lỗi kỹ thuật (xem Chi tiết)</translation>
    </message>
    <message>
        <source>The work stopped: {reason}.</source>
        <translation>Công việc đã dừng: {reason}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the work. Press Details to see the technical information (send it with your report to whoever supports the program).</source>
        <translation>Một lỗi ngoài dự kiến đã làm dừng công việc. Bấm «Chi tiết…» để xem thông tin kỹ thuật (gửi kèm khi báo lỗi cho người hỗ trợ chương trình).</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <source>Plan settings</source>
        <translation>Thông số phương án</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Chính sách</translation>
    </message>
    <message>
        <source>Changes are written to the audit log and can be undone (Edit → Undo).</source>
        <translation>Thay đổi được ghi vào nhật ký và có thể hoàn tác (Sửa → Hoàn tác).</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>PlanWatch</name>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Changed by {who}: reload</source>
        <translation>{who} vừa thay đổi phương án: tải lại</translation>
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
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>header</source>
        <translation>dòng tiêu đề cột</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>dòng đánh số cột</translation>
    </message>
    <message>
        <source>group</source>
        <translation>dòng nhóm</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>dòng cộng</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>phần cuối, chữ ký</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>dòng trống</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ẩn</translation>
    </message>
    <message>
        <source>Rows not read as data: {rows}</source>
        <translation>Các dòng không đọc là dữ liệu: {rows}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} người khác</translation>
    </message>
    <message>
        <source>Remove from the plan?</source>
        <translation>Xóa khỏi phương án?</translation>
    </message>
    <message>
        <source>This import removes {count} entries of the plan that the file does not list:</source>
        <translation>Lần nhập này xóa {count} mục của phương án không có trong tệp:</translation>
    </message>
    <message>
        <source>Remove them? (The import can be undone with Edit › Undo.)</source>
        <translation>Xóa các mục này? (Có thể hoàn tác lần nhập bằng Sửa › Hoàn tác.)</translation>
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
    <name>QuotaDialog</name>
    <message>
        <source>Edit the posts</source>
        <translation>Sửa biên chế</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Chuyên môn:</translation>
    </message>
    <message>
        <source>Posts:</source>
        <translation>Biên chế:</translation>
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
    <name>ReadOnlyMode</name>
    <message>
        <source>The plan is in use</source>
        <translation>Phương án đang được sử dụng</translation>
    </message>
    <message>
        <source>One plan has one writer at a time. Open it read-only? You can read, search and compare it, but not change it.</source>
        <translation>Mỗi lúc chỉ một người được ghi vào phương án. Mở ở chế độ chỉ đọc? Có thể xem, tìm kiếm và so sánh, nhưng không thay đổi được.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
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
        <source>Not movable: why</source>
        <translation>Không được điều động: lý do</translation>
    </message>
    <message>
        <source>Best first: exact specialty, volunteers, then the shortest distance. People the rules exempt (Decree 170/2025) are listed last, with the reason, and cannot be chosen.</source>
        <translation>Xếp theo: đúng chuyên môn, tự nguyện, rồi khoảng cách ngắn nhất. Người thuộc diện không điều động (Nghị định 170/2025) được liệt kê cuối, kèm lý do, và không thể chọn.</translation>
    </message>
    <message>
        <source>If you choose {name}:</source>
        <translation>Nếu chọn {name}:</translation>
    </message>
    <message>
        <source>• {name} loses the proposal to {unit} and stays in their unit.</source>
        <translation>• {name} không còn được đề xuất đến {unit} và ở lại đơn vị cũ.</translation>
    </message>
    <message>
        <source>• {name}&apos;s proposal to {unit} ({specialty}) is dropped: that post is left unfilled until you optimise the rest again.</source>
        <translation>• Đề xuất đưa {name} đến {unit} ({specialty}) bị bỏ: vị trí đó sẽ để trống cho đến khi tối ưu lại phần còn lại.</translation>
    </message>
    <message>
        <source>• The post is filled; nothing else changes.</source>
        <translation>• Vị trí được bổ sung; không có gì khác thay đổi.</translation>
    </message>
    <message>
        <source>• The move of {name} to {unit} is approved: withdraw its approval first.</source>
        <translation>• Điều động {name} đến {unit} đã được phê duyệt: cần rút phê duyệt trước.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the plan from a backup copy</source>
        <translation>Khôi phục phương án từ bản sao lưu</translation>
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
        <source>The plan&apos;s content is replaced by the copy you choose. The plan as it is now is copied first, so this can be undone.</source>
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
    <name>ReviewActions</name>
    <message>
        <source>Optimising…</source>
        <translation>Đang tối ưu hóa…</translation>
    </message>
    <message>
        <source>Run {id}: {status}, {moves} moves, {unfilled} posts unfilled</source>
        <translation>Lần chạy {id}: {status}, {moves} điều động, {unfilled} vị trí chưa bổ sung</translation>
    </message>
    <message>
        <source>Approved moves over the posts</source>
        <translation>Điều động đã phê duyệt vượt biên chế</translation>
    </message>
    <message>
        <source>The run is done. Approved moves are decisions and stay; check these units:</source>
        <translation>Đã tối ưu xong. Các điều động đã phê duyệt là quyết định và được giữ nguyên; hãy xem lại các đơn vị sau:</translation>
    </message>
    <message>
        <source>Optimisation failed</source>
        <translation>Tối ưu hóa không thành công</translation>
    </message>
    <message>
        <source>Change an approved move</source>
        <translation>Thay đổi điều động đã phê duyệt</translation>
    </message>
    <message>
        <source>The move of {name} to {unit} is approved: it is a decision and is not changed silently. Withdraw its approval first (you give the reason), then choose another person?</source>
        <translation>Điều động {name} đến {unit} đã được phê duyệt: đây là quyết định, không thể lặng lẽ thay đổi. Rút phê duyệt trước (kèm lý do), rồi chọn người khác?</translation>
    </message>
    <message>
        <source>Optimise the rest?</source>
        <translation>Tối ưu lại phần còn lại?</translation>
    </message>
    <message>
        <source>The change is made and locked. Optimise the rest again now? Locked and approved moves stay; a post left unfilled may be filled.</source>
        <translation>Đã thay đổi và khóa điều động này. Tối ưu lại phần còn lại ngay bây giờ? Các điều động đã khóa và đã phê duyệt được giữ nguyên; vị trí còn trống có thể được bổ sung.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>So sánh các lần chạy</translation>
    </message>
    <message>
        <source>Two runs are needed to compare.</source>
        <translation>Cần ít nhất hai lần chạy để so sánh.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
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
        <source>Since last run</source>
        <translation>So với lần trước</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>wish {rank}</source>
        <translation>NV{rank}</translation>
    </message>
    <message>
        <source>Wish {rank} granted</source>
        <translation>Nguyện vọng {rank} được đáp ứng</translation>
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
        <source>Wishes not granted</source>
        <translation>Nguyện vọng không được đáp ứng</translation>
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
        <source> · wishes granted {granted} (score {score}) · kept from the last run {kept}</source>
        <translation> · nguyện vọng được đáp ứng {granted} (điểm {score}) · giữ theo lần chạy trước {kept}</translation>
    </message>
    <message>
        <source>Decide on proposals</source>
        <translation>Quyết định về đề xuất</translation>
    </message>
    <message>
        <source>Set {count} proposals to “{status}”?</source>
        <translation>Chuyển {count} đề xuất sang “{status}”?</translation>
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
    <message>
        <source>Wish {rank} granted.</source>
        <translation>Nguyện vọng {rank} được đáp ứng.</translation>
    </message>
    <message>
        <source>Kept from the last run.</source>
        <translation>Giữ nguyên theo lần chạy trước.</translation>
    </message>
</context>
<context>
    <name>RoleGuard</name>
    <message>
        <source>full rights</source>
        <translation>toàn quyền</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>người lập phương án</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>người phê duyệt</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>người xem</translation>
    </message>
    <message>
        <source>Your role on this shared plan ({role}) may not do this.</source>
        <translation>Vai trò của anh/chị trên phương án dùng chung này ({role}) không được làm việc này.</translation>
    </message>
    <message>
        <source>Signed in as {login} ({role})</source>
        <translation>Đăng nhập với tên {login} ({role})</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <source>Remove the person…</source>
        <translation>Xoá người…</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Thêm {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Sửa {name}</translation>
    </message>
    <message>
        <source>Cannot save this person</source>
        <translation>Không thể lưu thông tin người này</translation>
    </message>
    <message>
        <source>Remove {name} ({id}) from the plan, with their proposed moves?</source>
        <translation>Xoá {name} ({id}) khỏi phương án, cùng các đề xuất điều động của người này?</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Xoá người</translation>
    </message>
    <message>
        <source>Cannot remove this person</source>
        <translation>Không thể xoá người này</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Xoá {name}</translation>
    </message>
    <message>
        <source>Cannot change this unit</source>
        <translation>Không sửa được đơn vị</translation>
    </message>
    <message>
        <source>Cannot change the posts</source>
        <translation>Không thể sửa biên chế</translation>
    </message>
    <message>
        <source>Edit the posts</source>
        <translation>Sửa biên chế</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>Secondments ending soon…</source>
        <translation>Biệt phái sắp hết hạn…</translation>
    </message>
    <message>
        <source>&amp;Rounds…</source>
        <translation>&amp;Các đợt…</translation>
    </message>
    <message>
        <source>Remaining &amp;needs…</source>
        <translation>&amp;Nhu cầu còn thiếu…</translation>
    </message>
    <message>
        <source>&amp;Exemption from transfer…</source>
        <translation>&amp;Miễn điều động…</translation>
    </message>
    <message>
        <source>Legal basis of the exemptions…</source>
        <translation>Căn cứ các trường hợp không điều động…</translation>
    </message>
    <message>
        <source>Transfer or &amp;secondment…</source>
        <translation>Điều động hay &amp;biệt phái…</translation>
    </message>
    <message>
        <source>Round {number} started.</source>
        <translation>Đã mở đợt {number}.</translation>
    </message>
    <message>
        <source>Choose a person in the Staff tab first.</source>
        <translation>Hãy chọn một người ở thẻ Cán bộ trước.</translation>
    </message>
    <message>
        <source>Cannot record the exemption</source>
        <translation>Không ghi được trường hợp miễn điều động</translation>
    </message>
    <message>
        <source>Exemption of {name}</source>
        <translation>Miễn điều động: {name}</translation>
    </message>
    <message>
        <source>Cannot save the legal basis</source>
        <translation>Không lưu được căn cứ</translation>
    </message>
    <message>
        <source>Choose proposals in the Proposals tab first.</source>
        <translation>Hãy chọn đề xuất ở thẻ Đề xuất trước.</translation>
    </message>
    <message>
        <source>Cannot change the proposals</source>
        <translation>Không thay đổi được các đề xuất</translation>
    </message>
    <message numerus="yes">
        <source>Transfer or secondment: %n proposal(s)</source>
        <translation>
            <numerusform>Điều động hay biệt phái: %n đề xuất</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the plan&apos;s default</source>
        <translation>Không thay đổi được hình thức mặc định của phương án</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <source>Rounds</source>
        <translation>Các đợt điều động</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (hiện tại)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Số lần chạy</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Điều động</translation>
    </message>
    <message>
        <source>Secondments</source>
        <translation>Biệt phái</translation>
    </message>
    <message>
        <source>Posts left unfilled</source>
        <translation>Vị trí chưa bổ sung được</translation>
    </message>
    <message>
        <source>Name of the next round (optional)</source>
        <translation>Tên đợt tiếp theo (không bắt buộc)</translation>
    </message>
    <message>
        <source>Start the next round</source>
        <translation>Mở đợt tiếp theo</translation>
    </message>
    <message>
        <source>The approved moves of a round are decisions: the next round counts each person at the new unit and never moves them again. A new round starts from an empty proposal list.</source>
        <translation>Các điều động đã phê duyệt của một đợt là quyết định đã ban hành: đợt sau tính mỗi người ở đơn vị mới và không điều động lại họ. Đợt mới bắt đầu với danh sách đề xuất trống.</translation>
    </message>
    <message>
        <source>All rounds together: {approved} approved ({transfers} transfers, {secondments} secondments)</source>
        <translation>Cộng dồn các đợt: {approved} đã phê duyệt ({transfers} điều động, {secondments} biệt phái)</translation>
    </message>
    <message>
        <source>Cannot start the next round</source>
        <translation>Không mở được đợt tiếp theo</translation>
    </message>
</context>
<context>
    <name>RunChangesLine</name>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>other destination</source>
        <translation>đổi nơi đến</translation>
    </message>
    <message>
        <source>same</source>
        <translation>như cũ</translation>
    </message>
    <message>
        <source>Compared with the previous run ({run}): +{new} new, −{gone} dropped, {moved} to another destination, {kept} unchanged</source>
        <translation>So với lần chạy trước ({run}): +{new} mới, −{gone} bỏ, {moved} đổi nơi đến, {kept} giữ nguyên</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} người khác</translation>
    </message>
    <message>
        <source>Dropped since the previous run:</source>
        <translation>Bỏ so với lần chạy trước:</translation>
    </message>
    <message>
        <source>Previously: {unit}</source>
        <translation>Lần trước: {unit}</translation>
    </message>
</context>
<context>
    <name>SecondmentsDialog</name>
    <message>
        <source>Secondments ending soon</source>
        <translation>Biệt phái sắp hết hạn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Seconded from</source>
        <translation>Đơn vị cử biệt phái</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Thời hạn (tháng)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Ending within the next</source>
        <translation>Hết hạn trong vòng</translation>
    </message>
    <message numerus="yes">
        <source>%n secondment(s) end in this time.</source>
        <translation>
            <numerusform>%n người hết hạn biệt phái trong thời gian này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the secondments ending soon</source>
        <translation>Xuất danh sách biệt phái sắp hết hạn</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Document details…</source>
        <translation>Thông tin &amp;văn bản…</translation>
    </message>
    <message>
        <source>Optimisation &amp;policy…</source>
        <translation>Chính sách tối ư&amp;u…</translation>
    </message>
    <message>
        <source>Change {count} setting(s)</source>
        <translation>Đổi {count} thông số</translation>
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
        <source>Wishes</source>
        <translation>Nguyện vọng</translation>
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
    <name>StaleWatch</name>
    <message>
        <source>Run {id} is out of date: {count} change(s) since it was made (data, decisions). &lt;a href=&quot;{link}&quot;&gt;Optimise again&lt;/a&gt;</source>
        <translation>Lần chạy {id} đã cũ: có {count} thay đổi sau lần chạy (dữ liệu, quyết định). &lt;a href=&quot;{link}&quot;&gt;Chạy lại tối ưu&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Quick tour: a round in five steps</source>
        <translation>Giới thiệu nhanh: một đợt điều động trong năm bước</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Chỉ cho tôi</translation>
    </message>
    <message>
        <source>Full user guide</source>
        <translation>Hướng dẫn đầy đủ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Import the data</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Start from the demo plan, or create your own (File → New empty plan) and import the files the communes send: Data → Import data (Ctrl+I). Excel, ODS or CSV, in the shape they come: the wizard finds the columns, marks every cell with a problem, and writes nothing until you press Import.</source>
        <translation>Bắt đầu từ phương án mẫu, hoặc tạo phương án của bạn (Tệp → Tạo phương án mới) rồi nhập các tệp do xã gửi lên: Dữ liệu → Nhập dữ liệu (Ctrl+I). Excel, ODS hoặc CSV, đúng như khi nhận được: trình hướng dẫn tự tìm các cột, đánh dấu mọi ô có vấn đề và không ghi gì cho tới khi bạn bấm Nhập.</translation>
    </message>
    <message>
        <source>See the balance</source>
        <translation>Xem cân đối</translation>
    </message>
    <message>
        <source>The Balance tab and the map show, unit by unit and specialty by specialty, where posts are short (red) and where people are in surplus (blue). Click a commune on the map to find it in the tables; the Overview tab sums it all up.</source>
        <translation>Thẻ Cân đối và bản đồ cho thấy, theo từng đơn vị và từng chuyên môn, nơi nào thiếu người (màu đỏ) và nơi nào dôi dư (màu xanh). Bấm vào một xã trên bản đồ để tìm xã đó trong các bảng; thẻ Tổng quan tóm tắt tất cả.</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>Tối ưu hóa</translation>
    </message>
    <message>
        <source>Optimise (F5) first shows the policy: the distance limit, the receiving regions and their priority, which specialties may fill which posts. Then it proposes who moves where: as many short posts filled as possible, journeys from home kept short and fair, no unit left below its quota.</source>
        <translation>Tối ưu hóa (F5) trước hết cho xem chính sách: giới hạn khoảng cách, các vùng nhận người và mức ưu tiên, chuyên môn nào được đảm nhận vị trí nào. Sau đó phần mềm đề xuất ai đi đâu: bổ sung được nhiều vị trí thiếu nhất, quãng đường từ nơi ở ngắn và công bằng, không đơn vị nào xuống dưới biên chế.</translation>
    </message>
    <message>
        <source>Review the proposals</source>
        <translation>Xem xét đề xuất</translation>
    </message>
    <message>
        <source>On the Proposals tab every move says why it was chosen, and every post left unfilled says why. Accept, reject or lock proposals, or change the person on a post by hand; lock what you want to keep and optimise again for the rest. Ctrl+Z undoes a change.</source>
        <translation>Ở thẻ Đề xuất, mỗi điều động đều nói vì sao được chọn, mỗi vị trí chưa bổ sung được đều nói vì sao. Chấp nhận, loại hoặc khóa đề xuất, hay tự đổi người cho một vị trí; khóa những gì muốn giữ rồi tối ưu lại cho phần còn lại. Ctrl+Z hoàn tác một thay đổi.</translation>
    </message>
    <message>
        <source>Approve and export</source>
        <translation>Phê duyệt và xuất</translation>
    </message>
    <message>
        <source>Approve the moves you agree with (Plan menu), then use the Export menu: the transfer list in Excel and the decision drafts in PDF or Word, with a print preview first. The program proposes; you decide.</source>
        <translation>Phê duyệt các điều động bạn đồng ý (trình đơn Phương án), rồi dùng trình đơn Xuất: danh sách điều động bằng Excel và dự thảo quyết định bằng PDF hoặc Word, có xem trước bản in. Phần mềm đề xuất; bạn quyết định.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Step {number} of {steps}: {title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bước {number}/{steps}: {title}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Bắt đầu làm việc</translation>
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
    <name>UnitDialog</name>
    <message>
        <source>Edit a unit</source>
        <translation>Sửa thông tin đơn vị</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source> people</source>
        <translation> người</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Vùng:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Mức ưu tiên:</translation>
    </message>
    <message>
        <source>Sending cap:</source>
        <translation>Hạn mức cử đi:</translation>
    </message>
    <message>
        <source>The sending cap is this unit&apos;s own; the policy&apos;s sending quota may set a lower one.</source>
        <translation>Hạn mức cử đi này là của riêng đơn vị; hạn mức chung trong chính sách có thể thấp hơn.</translation>
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
        <source>Sending cap</source>
        <translation>Hạn mức cử đi</translation>
    </message>
    <message>
        <source>At most this many people leave the unit (empty: no cap of its own)</source>
        <translation>Số người tối đa được cử đi từ đơn vị (để trống: đơn vị không có hạn mức riêng)</translation>
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
    <name>WindowMenus</name>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
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
        <source>&amp;Quotas</source>
        <translation>&amp;Biên chế</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Cân đối biên chế</translation>
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
</context>
<context>
    <name>WishesPanel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Nguyện vọng</translation>
    </message>
    <message>
        <source>Why not granted</source>
        <translation>Lý do không được đáp ứng</translation>
    </message>
    <message>
        <source>Sent instead to</source>
        <translation>Được điều động đến</translation>
    </message>
    <message>
        <source>{count} volunteers whose wishes were not granted</source>
        <translation>{count} người có nguyện vọng không được đáp ứng</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s wish is granted, or no one named a wish.</source>
        <translation>Mọi nguyện vọng đều được đáp ứng, hoặc không ai đăng ký nguyện vọng.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw approval</source>
        <translation>Rút phê duyệt</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} người khác</translation>
    </message>
    <message>
        <source>Withdraw the approval of {count} move(s)? They go back to accepted: kept in the plan, but out of the decisions to be signed.</source>
        <translation>Rút phê duyệt {count} điều động? Các điều động này trở về trạng thái Đã chấp nhận: vẫn giữ trong phương án nhưng không vào các quyết định trình ký.</translation>
    </message>
    <message>
        <source>For example: the person&apos;s family situation changed</source>
        <translation>Ví dụ: hoàn cảnh gia đình của cán bộ thay đổi</translation>
    </message>
    <message>
        <source>Reason (required, written to the audit log):</source>
        <translation>Lý do (bắt buộc, được ghi vào nhật ký):</translation>
    </message>
</context>
<context>
    <name>ambiguous_unit</name>
    <message>
        <source>«{value}» could be: {names}; write the unit&apos;s full name (Xã/Phường …) or its code</source>
        <translation>«{value}» có thể là: {names}; hãy ghi đủ tên đơn vị (Xã/Phường …) hoặc mã đơn vị</translation>
    </message>
</context>
<context>
    <name>approve_which</name>
    <message>
        <source>Name the moves to approve, or approve all of them.</source>
        <translation>Hãy chỉ rõ các đề xuất cần phê duyệt, hoặc phê duyệt tất cả.</translation>
    </message>
</context>
<context>
    <name>approved_is_final</name>
    <message>
        <source>An approved move cannot be changed.</source>
        <translation>Đề xuất đã được phê duyệt, không sửa được.</translation>
    </message>
</context>
<context>
    <name>approved_over_cap</name>
    <message>
        <source>{unit}: {approved} approved moves leave this unit, more than its sending quota of {cap}; no one else is sent from it. Withdraw an approval (with its reason) or raise the quota.</source>
        <translation>{unit}: {approved} điều động đã phê duyệt đi từ đơn vị này, vượt hạn mức cử đi {cap} người; không cử thêm ai từ đơn vị này. Hãy rút một phê duyệt (ghi rõ lý do) hoặc nâng hạn mức.</translation>
    </message>
</context>
<context>
    <name>approved_over_posts</name>
    <message>
        <source>{unit}, {specialty}: with the approved moves of {people} the unit has {count} people for {posts} posts. Withdraw an approval (with its reason) or raise the posts.</source>
        <translation>{unit}, {specialty}: tính cả các điều động đã phê duyệt của {people}, đơn vị có {count} người cho {posts} biên chế. Hãy rút một phê duyệt (ghi rõ lý do) hoặc tăng biên chế.</translation>
    </message>
</context>
<context>
    <name>audit_append_only</name>
    <message>
        <source>The audit log is append-only: events cannot be changed or deleted.</source>
        <translation>Nhật ký thao tác chỉ được ghi thêm, không được sửa hay xóa.</translation>
    </message>
</context>
<context>
    <name>audit_approval_missing</name>
    <message>
        <source>Run {run}, move #{move}: staff {staff} is approved but no approval of it is in the audit log</source>
        <translation>Lần chạy {run}, đề xuất #{move}: cán bộ {staff} đã được phê duyệt nhưng nhật ký thao tác không ghi lần phê duyệt nào</translation>
    </message>
</context>
<context>
    <name>audit_content_changed</name>
    <message>
        <source>Audit event #{event} ({action}) was changed after it was written</source>
        <translation>Sự kiện nhật ký #{event} ({action}) đã bị sửa sau khi ghi</translation>
    </message>
</context>
<context>
    <name>audit_guard_missing</name>
    <message>
        <source>The database no longer refuses changes to the audit log (trigger {trigger} is missing)</source>
        <translation>Cơ sở dữ liệu không còn chặn việc sửa nhật ký thao tác (thiếu trigger {trigger})</translation>
    </message>
</context>
<context>
    <name>audit_link_broken</name>
    <message>
        <source>Audit event #{event} ({action}) does not follow the event before it: an event was removed or inserted there</source>
        <translation>Sự kiện nhật ký #{event} ({action}) không nối tiếp sự kiện trước nó: một sự kiện đã bị xóa hoặc chèn vào đó</translation>
    </message>
</context>
<context>
    <name>audit_not_chained</name>
    <message>
        <source>Audit event #{event} ({action}) has no hash: it was not written by CQ2C Planner</source>
        <translation>Sự kiện nhật ký #{event} ({action}) không có mã băm: không do CQ2C Planner ghi</translation>
    </message>
</context>
<context>
    <name>audit_unreadable</name>
    <message>
        <source>Cannot read the audit log: {reason}</source>
        <translation>Không đọc được nhật ký: {reason}</translation>
    </message>
</context>
<context>
    <name>backup_before_approve</name>
    <message>
        <source>before an approval (command line)</source>
        <translation>trước khi phê duyệt (dòng lệnh)</translation>
    </message>
</context>
<context>
    <name>backup_before_approve_count</name>
    <message>
        <source>before approving {count} move(s)</source>
        <translation>trước khi phê duyệt {count} điều động</translation>
    </message>
</context>
<context>
    <name>backup_before_import</name>
    <message>
        <source>before an import</source>
        <translation>trước khi nhập dữ liệu</translation>
    </message>
</context>
<context>
    <name>backup_before_import_file</name>
    <message>
        <source>before importing the file {file}</source>
        <translation>trước khi nhập tệp {file}</translation>
    </message>
</context>
<context>
    <name>backup_before_restore</name>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
</context>
<context>
    <name>backup_before_solve</name>
    <message>
        <source>before an optimisation (command line)</source>
        <translation>trước khi tối ưu (dòng lệnh)</translation>
    </message>
</context>
<context>
    <name>backup_before_upgrade</name>
    <message>
        <source>before the plan was upgraded</source>
        <translation>trước khi nâng cấp phương án</translation>
    </message>
</context>
<context>
    <name>backup_before_withdraw</name>
    <message>
        <source>before withdrawing an approval</source>
        <translation>trước khi rút phê duyệt</translation>
    </message>
</context>
<context>
    <name>backup_damaged</name>
    <message>
        <source>The backup copy is damaged: {copy}: {reason}</source>
        <translation>Bản sao lưu bị hỏng: {copy}: {reason}</translation>
    </message>
</context>
<context>
    <name>backup_is_the_plan</name>
    <message>
        <source>The copy is the plan file itself.</source>
        <translation>Bản sao lưu chính là tệp phương án.</translation>
    </message>
</context>
<context>
    <name>backup_not_found</name>
    <message>
        <source>Backup copy not found: {path}</source>
        <translation>Không tìm thấy bản sao lưu: {path}</translation>
    </message>
</context>
<context>
    <name>backup_not_taken</name>
    <message>
        <source>Could not take a backup copy: {reason}</source>
        <translation>Không tạo được bản sao lưu: {reason}</translation>
    </message>
</context>
<context>
    <name>backup_open</name>
    <message>
        <source>when the plan was opened</source>
        <translation>khi mở phương án</translation>
    </message>
</context>
<context>
    <name>backup_other</name>
    <message>
        <source>before: {work}</source>
        <translation>trước khi: {work}</translation>
    </message>
</context>
<context>
    <name>backup_unreadable</name>
    <message>
        <source>The backup copy cannot be read: {copy}: {reason}</source>
        <translation>Bản sao lưu không đọc được: {copy}: {reason}</translation>
    </message>
</context>
<context>
    <name>backups_need_plan_file</name>
    <message>
        <source>Only plan files have backup copies; back up a PostgreSQL plan with pg_dump.</source>
        <translation>Chỉ phương án dạng tệp mới có bản sao lưu; với PostgreSQL hãy dùng pg_dump.</translation>
    </message>
</context>
<context>
    <name>bad_cccd</name>
    <message>
        <source>Citizen ID «{value}» must have 12 digits</source>
        <translation>Số CCCD «{value}» phải có 12 chữ số</translation>
    </message>
</context>
<context>
    <name>bad_date</name>
    <message>
        <source>Not a date: «{value}»</source>
        <translation>Không hiểu ngày «{value}»</translation>
    </message>
    <message>
        <source>Not a date: «{value}» (use dd/mm/yyyy)</source>
        <translation>Không hiểu ngày «{value}» (dạng dd/mm/yyyy)</translation>
    </message>
</context>
<context>
    <name>bad_flag</name>
    <message>
        <source>«{value}» must be x/yes or blank/no</source>
        <translation>«{value}» phải là x/có hoặc để trống/không</translation>
    </message>
</context>
<context>
    <name>bad_gender</name>
    <message>
        <source>Gender «{value}» must be Nam (male) or Nữ (female)</source>
        <translation>Giới tính «{value}» phải là Nam hoặc Nữ</translation>
    </message>
</context>
<context>
    <name>bad_kind</name>
    <message>
        <source>Unit kind «{value}» must be xã, phường or đặc khu</source>
        <translation>Loại đơn vị «{value}» phải là Xã, Phường hoặc Đặc khu</translation>
    </message>
</context>
<context>
    <name>bad_mapping</name>
    <message>
        <source>Cannot read the mapping «{value}» (write &quot;Column X=field&quot;)</source>
        <translation>Không hiểu cách ghép cột «{value}» (dạng &quot;Cột X=trường&quot;)</translation>
    </message>
</context>
<context>
    <name>bad_number</name>
    <message>
        <source>«{value}» is not a number</source>
        <translation>«{value}» không phải là số</translation>
    </message>
</context>
<context>
    <name>bad_region</name>
    <message>
        <source>Unknown region «{value}»; use highland, mountain, lowland, coastal or urban</source>
        <translation>Vùng «{value}» không rõ; dùng: Vùng cao, Miền núi, Đồng bằng, Ven biển, Đô thị</translation>
    </message>
</context>
<context>
    <name>cancelled</name>
    <message>
        <source>Cancelled; nothing was changed or written.</source>
        <translation>Đã hủy; không có gì bị thay đổi hay ghi ra.</translation>
    </message>
</context>
<context>
    <name>cccd_taken</name>
    <message>
        <source>This citizen ID already belongs to staff {owner} in the plan: correct it, or use that person&apos;s id</source>
        <translation>Số CCCD này đã thuộc về cán bộ {owner} trong phương án: hãy sửa lại, hoặc dùng mã của người đó</translation>
    </message>
</context>
<context>
    <name>changed_by</name>
    <message>
        <source>{row} was changed by {who}</source>
        <translation>{row} đã được {who} thay đổi</translation>
    </message>
</context>
<context>
    <name>changed_by_at</name>
    <message>
        <source>{row} was changed by {who} at {at}</source>
        <translation>{row} đã được {who} thay đổi lúc {at}</translation>
    </message>
</context>
<context>
    <name>check_cccd_duplicate</name>
    <message>
        <source>The same citizen ID {cccd} belongs to {staff}</source>
        <translation>Trùng số CCCD {cccd}: {staff}</translation>
    </message>
</context>
<context>
    <name>check_cccd_format</name>
    <message>
        <source>Staff {staff}: citizen ID {cccd} is not 12 digits</source>
        <translation>Cán bộ {staff}: số CCCD {cccd} không gồm đúng 12 chữ số</translation>
    </message>
</context>
<context>
    <name>check_damaged</name>
    <message>
        <source>The file is damaged: {reason}</source>
        <translation>Tệp bị hỏng: {reason}</translation>
    </message>
</context>
<context>
    <name>check_deficit</name>
    <message>
        <source>Run {run}: {count} {specialty} posts filled at {unit}, its deficit is {deficit}</source>
        <translation>Lần chạy {run}: bổ sung {count} người vị trí {specialty} cho đơn vị {unit} nhưng chỉ thiếu {deficit}</translation>
    </message>
</context>
<context>
    <name>check_foreign_key</name>
    <message>
        <source>Table {table}, row {row}: refers to a missing {parent} row</source>
        <translation>Bảng {table}, dòng {row}: tham chiếu tới {parent} không tồn tại</translation>
    </message>
</context>
<context>
    <name>check_moved_twice</name>
    <message>
        <source>Run {run}: staff {staff} has {count} moves</source>
        <translation>Lần chạy {run}: cán bộ {staff} có {count} đề xuất điều động</translation>
    </message>
</context>
<context>
    <name>check_no_run</name>
    <message>
        <source>No such run: {run}</source>
        <translation>Không có lần chạy: {run}</translation>
    </message>
</context>
<context>
    <name>check_not_a_database</name>
    <message>
        <source>Cannot open the file (not a database): {reason}</source>
        <translation>Không mở được tệp (không phải cơ sở dữ liệu): {reason}</translation>
    </message>
</context>
<context>
    <name>check_not_movable</name>
    <message>
        <source>Run {run}, move #{move}: staff {staff} is not movable</source>
        <translation>Lần chạy {run}, đề xuất #{move}: cán bộ {staff} không thuộc diện điều động</translation>
    </message>
</context>
<context>
    <name>check_own_unit</name>
    <message>
        <source>Run {run}, move #{move}: moves to the person&apos;s own unit</source>
        <translation>Lần chạy {run}, đề xuất #{move}: điều động về chính đơn vị đang công tác</translation>
    </message>
</context>
<context>
    <name>check_run_stale</name>
    <message>
        <source>Run {run}, move #{move}: staff {staff} is now in {now}, not {before} (the roster changed after the run)</source>
        <translation>Lần chạy {run}, đề xuất #{move}: cán bộ {staff} nay thuộc đơn vị {now}, không còn ở {before} (danh sách đã thay đổi sau lần chạy)</translation>
    </message>
</context>
<context>
    <name>check_settings</name>
    <message>
        <source>The plan settings cannot be read: {reason}</source>
        <translation>Thiết lập của phương án không đọc được: {reason}</translation>
    </message>
</context>
<context>
    <name>check_specialty</name>
    <message>
        <source>Run {run}, move #{move}: specialty {specialty} does not match a {post} post</source>
        <translation>Lần chạy {run}, đề xuất #{move}: chuyên môn {specialty} không phù hợp vị trí {post}</translation>
    </message>
</context>
<context>
    <name>check_surplus</name>
    <message>
        <source>Run {run}: {count} {specialty} staff leave {unit}, its surplus is {surplus}</source>
        <translation>Lần chạy {run}: {count} người chuyên môn {specialty} rời đơn vị {unit} nhưng chỉ dôi dư {surplus}</translation>
    </message>
</context>
<context>
    <name>check_unit_without_quota</name>
    <message>
        <source>Unit {unit} has {count} staff but no posts</source>
        <translation>Đơn vị {unit} có {count} cán bộ nhưng chưa có biên chế nào</translation>
    </message>
</context>
<context>
    <name>check_unknown_reference</name>
    <message>
        <source>{what} {row}: {column} = {value} is not in the plan</source>
        <translation>{what} {row}: {column} = {value} không có trong phương án</translation>
    </message>
</context>
<context>
    <name>check_unreadable</name>
    <message>
        <source>Cannot read the plan: {reason}</source>
        <translation>Không đọc được phương án: {reason}</translation>
    </message>
</context>
<context>
    <name>child_process_stopped</name>
    <message>
        <source>The worker process stopped unexpectedly (exit code {code}).</source>
        <translation>Tiến trình con dừng bất thường (mã thoát {code}).</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <source>Conflict: {changes} since you read it. Your change was NOT saved; reload and try again.</source>
        <translation>Xung đột: {changes} sau khi anh/chị mở dữ liệu. Thay đổi của anh/chị CHƯA được lưu; hãy tải lại rồi làm lại.</translation>
    </message>
</context>
<context>
    <name>conflict_more</name>
    <message>
        <source>Conflict: {changes} and {more} more {what} since you read it. Your change was NOT saved; reload and try again.</source>
        <translation>Xung đột: {changes} và {more} {what} khác sau khi anh/chị mở dữ liệu. Thay đổi của anh/chị CHƯA được lưu; hãy tải lại rồi làm lại.</translation>
    </message>
</context>
<context>
    <name>conflict_move</name>
    <message>
        <source>move #{id} ({name})</source>
        <translation>đề xuất #{id} ({name})</translation>
    </message>
</context>
<context>
    <name>conflict_person</name>
    <message>
        <source>staff {id} ({name})</source>
        <translation>cán bộ {id} ({name})</translation>
    </message>
</context>
<context>
    <name>conflict_race</name>
    <message>
        <source>Conflict: someone else changed the same {what} at the same moment. Your change was NOT saved; reload and try again.</source>
        <translation>Xung đột: {what} vừa được người khác thay đổi cùng lúc. Thay đổi của anh/chị CHƯA được lưu; hãy tải lại rồi làm lại.</translation>
    </message>
</context>
<context>
    <name>copy_failed</name>
    <message>
        <source>Copy failed: {reason}</source>
        <translation>Không sao chép được: {reason}</translation>
    </message>
</context>
<context>
    <name>copy_needs_plan_file</name>
    <message>
        <source>Only a plan file can be copied this way.</source>
        <translation>Chỉ sao lưu được phương án dạng tệp theo cách này.</translation>
    </message>
</context>
<context>
    <name>copy_same_plan</name>
    <message>
        <source>Source and target are the same plan.</source>
        <translation>Nguồn và đích là một.</translation>
    </message>
</context>
<context>
    <name>copy_table</name>
    <message>
        <source>Copying {table}</source>
        <translation>Sao chép {table}</translation>
    </message>
</context>
<context>
    <name>copy_target_exists</name>
    <message>
        <source>The target file exists; it is replaced only when asked to: {path}</source>
        <translation>Tệp đích đã có; chỉ ghi đè khi được yêu cầu rõ: {path}</translation>
    </message>
</context>
<context>
    <name>copy_target_not_empty</name>
    <message>
        <source>The target already holds data; it is replaced only when asked to.</source>
        <translation>Đích đã có dữ liệu; chỉ ghi đè khi được yêu cầu rõ.</translation>
    </message>
</context>
<context>
    <name>date_order_conflict</name>
    <message>
        <source>Date «{value}» is written month first, but this file writes dates day first (e.g. «{example}»); write every date as dd/mm/yyyy</source>
        <translation>Ngày «{value}» ghi tháng trước, nhưng tệp này ghi ngày trước (ví dụ «{example}»); hãy ghi mọi ngày theo dạng dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Date «{value}» is written day first, but this file writes dates month first (e.g. «{example}»); write every date in one order</source>
        <translation>Ngày «{value}» ghi ngày trước, nhưng tệp này ghi tháng trước (ví dụ «{example}»); hãy ghi mọi ngày theo cùng một thứ tự</translation>
    </message>
</context>
<context>
    <name>date_order_day_first</name>
    <message>
        <source>Dates are read day/month/year: {count} dates can only be read so (e.g. «{example}», row {row} of {sheet})</source>
        <translation>Ngày tháng được đọc theo ngày/tháng/năm: {count} ngày chỉ đọc được như vậy (ví dụ «{example}», dòng {row} trang {sheet})</translation>
    </message>
</context>
<context>
    <name>date_order_mixed</name>
    <message>
        <source>The file writes dates both ways ({day} day first, {month} month first): the rows written the other way are errors; write every date as dd/mm/yyyy</source>
        <translation>Tệp ghi ngày theo cả hai cách ({day} ngày trước, {month} tháng trước): các dòng ghi khác cách là lỗi; hãy ghi mọi ngày theo dạng dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>date_order_month_first</name>
    <message>
        <source>Dates are read month/day/year, as the file writes them: {count} dates can only be read so (e.g. «{example}», row {row} of {sheet})</source>
        <translation>Ngày tháng được đọc theo tháng/ngày/năm như tệp đã ghi: {count} ngày chỉ đọc được như vậy (ví dụ «{example}», dòng {row} trang {sheet})</translation>
    </message>
</context>
<context>
    <name>decision_step</name>
    <message>
        <source>Decision: {name}</source>
        <translation>Quyết định: {name}</translation>
    </message>
</context>
<context>
    <name>decision_step_many</name>
    <message>
        <source>Decision for {count} people</source>
        <translation>Quyết định cho {count} người</translation>
    </message>
</context>
<context>
    <name>decisions_format</name>
    <message>
        <source>Decisions must be written as .pdf or .docx: {path}</source>
        <translation>Tệp quyết định phải là .pdf hoặc .docx: {path}</translation>
    </message>
</context>
<context>
    <name>degree_not_field</name>
    <message>
        <source>«{value}» is a degree level, not a field of study; write the field (Kế toán, Luật …) or choose the column that holds it</source>
        <translation>«{value}» là trình độ đào tạo, không phải chuyên ngành; hãy ghi chuyên ngành (Kế toán, Luật …) hoặc chọn cột chứa chuyên ngành</translation>
    </message>
</context>
<context>
    <name>demo_finishing</name>
    <message>
        <source>Finishing</source>
        <translation>Hoàn tất</translation>
    </message>
</context>
<context>
    <name>demo_generating</name>
    <message>
        <source>Generating synthetic staff</source>
        <translation>Sinh dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>demo_units_unreadable</name>
    <message>
        <source>Cannot read the unit list {path}: {reason}</source>
        <translation>Không đọc được danh sách đơn vị {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>demo_writing</name>
    <message>
        <source>Writing the plan file</source>
        <translation>Ghi tệp phương án</translation>
    </message>
</context>
<context>
    <name>derived_ids</name>
    <message>
        <source>No staff id column: {count} ids were made from the citizen ID or the name and birth date</source>
        <translation>Tệp không có cột mã cán bộ: {count} mã được tạo từ số CCCD hoặc họ tên và ngày sinh</translation>
    </message>
</context>
<context>
    <name>document_settings_missing</name>
    <message>
        <source>Cannot write a signable document: {gaps}. Enter these document settings of the plan, or write a draft whose missing values are dotted lines to fill in by hand.</source>
        <translation>Chưa thể xuất văn bản để ký: {gaps}. Hãy nhập các cài đặt văn bản này của phương án, hoặc xuất bản dự thảo có dòng chấm ở những chỗ còn thiếu để điền tay.</translation>
    </message>
</context>
<context>
    <name>done</name>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>duplicate_cccd</name>
    <message>
        <source>Same citizen ID as row {row} of sheet {sheet}: each person once, with their own citizen ID</source>
        <translation>Trùng số CCCD với dòng {row} trang {sheet}: mỗi người chỉ ghi một lần, với số CCCD của mình</translation>
    </message>
</context>
<context>
    <name>duplicate_id</name>
    <message>
        <source>Same staff id as row {row} of sheet {sheet}: each person once, with their own id</source>
        <translation>Trùng mã cán bộ với dòng {row} trang {sheet}: mỗi người chỉ ghi một lần, với mã của mình</translation>
    </message>
</context>
<context>
    <name>duplicate_row</name>
    <message>
        <source>Duplicates row {row} ({key}): keep one of the two rows</source>
        <translation>Trùng với dòng {row} ({key}): chỉ giữ một trong hai dòng</translation>
    </message>
</context>
<context>
    <name>empty_sheet</name>
    <message>
        <source>{file} [{sheet}] is empty: nothing was imported; check that this is the file you meant</source>
        <translation>{file} [{sheet}] trống: không nhập gì; hãy kiểm tra đây có đúng là tệp cần nhập</translation>
    </message>
</context>
<context>
    <name>exemption_date_future</name>
    <message>
        <source>The evidence is dated {date}, after today.</source>
        <translation>Giấy tờ chứng minh ghi ngày {date}, sau ngày hôm nay.</translation>
    </message>
</context>
<context>
    <name>exemption_no_volunteer</name>
    <message>
        <source>«{reason}»: the decree allows no volunteer override for this group; the person cannot be moved.</source>
        <translation>«{reason}»: nghị định không cho phép trường hợp này tự nguyện điều động; không thể điều động người này.</translation>
    </message>
</context>
<context>
    <name>exemption_note_long</name>
    <message>
        <source>The note of the evidence is longer than 500 characters.</source>
        <translation>Ghi chú giấy tờ chứng minh dài quá 500 ký tự.</translation>
    </message>
</context>
<context>
    <name>field_not_editable</name>
    <message>
        <source>This field cannot be edited: {field}</source>
        <translation>Trường không sửa được: {field}</translation>
    </message>
</context>
<context>
    <name>file_damaged</name>
    <message>
        <source>{file} is damaged and cannot be read ({reason}); ask the sender for the file again.</source>
        <translation>{file} bị hỏng, không đọc được ({reason}); hãy đề nghị nơi gửi gửi lại tệp.</translation>
    </message>
</context>
<context>
    <name>file_exists</name>
    <message>
        <source>The file already exists: {path}</source>
        <translation>Tệp đã tồn tại: {path}</translation>
    </message>
</context>
<context>
    <name>file_not_a_spreadsheet</name>
    <message>
        <source>{file} is not a spreadsheet the importer can read ({reason}); save it from Excel as .xlsx and import that.</source>
        <translation>{file} không phải bảng tính mà chương trình đọc được ({reason}); hãy mở bằng Excel, lưu thành .xlsx rồi nhập tệp đó.</translation>
    </message>
</context>
<context>
    <name>file_packed_too_tightly</name>
    <message>
        <source>Part {part} of {file} is packed abnormally tightly (it may be a zip bomb).</source>
        <translation>Thành phần {part} của tệp {file} nén bất thường (có thể là tệp độc hại).</translation>
    </message>
</context>
<context>
    <name>file_password</name>
    <message>
        <source>{file} is protected with a password; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.</source>
        <translation>{file} có đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.</translation>
    </message>
</context>
<context>
    <name>file_too_large</name>
    <message>
        <source>{file} is {size}, over the {limit} limit.</source>
        <translation>Tệp {file} lớn {size}, vượt giới hạn {limit}.</translation>
    </message>
</context>
<context>
    <name>file_too_many_parts</name>
    <message>
        <source>{file} has too many parts ({count}).</source>
        <translation>Tệp {file} có quá nhiều thành phần ({count}).</translation>
    </message>
</context>
<context>
    <name>file_unit_unknown</name>
    <message>
        <source>The unit for the whole file: {reason}</source>
        <translation>Đơn vị chung cho cả tệp: {reason}</translation>
    </message>
</context>
<context>
    <name>file_unpacks_too_large</name>
    <message>
        <source>{file} unpacks to {size}, over the {limit} limit (it may be a zip bomb).</source>
        <translation>Tệp {file} khi giải nén lớn {size}, vượt giới hạn {limit} (có thể là tệp độc hại).</translation>
    </message>
</context>
<context>
    <name>file_unreadable</name>
    <message>
        <source>Cannot read the file {file}: {reason}</source>
        <translation>Không đọc được tệp {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>file_xml_declaration</name>
    <message>
        <source>{file} holds an XML declaration Office never writes ({part}; it may be an XML bomb).</source>
        <translation>Tệp {file} chứa khai báo XML không được phép ({part}; có thể là tệp độc hại).</translation>
    </message>
</context>
<context>
    <name>font_missing</name>
    <message>
        <source>Missing font {path}: {reason}</source>
        <translation>Thiếu phông chữ {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>font_unloadable</name>
    <message>
        <source>Cannot load font {path}</source>
        <translation>Không nạp được phông chữ {path}</translation>
    </message>
</context>
<context>
    <name>fonts_need_gui</name>
    <message>
        <source>A QGuiApplication is needed to render text.</source>
        <translation>Cần QGuiApplication để vẽ văn bản.</translation>
    </message>
</context>
<context>
    <name>formula_without_value</name>
    <message>
        <source>The cell holds a formula saved without its result; open the file in Excel, let it calculate and save it again (or paste the column as values)</source>
        <translation>Ô chứa công thức được lưu mà không có kết quả; hãy mở tệp bằng Excel để tính lại rồi lưu (hoặc dán cột dưới dạng giá trị)</translation>
    </message>
</context>
<context>
    <name>formulas_worked_out</name>
    <message>
        <source>{count} cells held formulas saved without their result; they were worked out here (e.g. {formula} → «{value}»); check them, or let Excel calculate and save the file</source>
        <translation>{count} ô chứa công thức được lưu mà không có kết quả; chương trình đã tự tính (ví dụ {formula} → «{value}»); hãy kiểm tra, hoặc mở bằng Excel để tính lại rồi lưu tệp</translation>
    </message>
</context>
<context>
    <name>genders_differ</name>
    <message>
        <source>The gender column says {said}, but the row is marked {marked}: correct one of them</source>
        <translation>Cột giới tính ghi {said}, nhưng dòng lại được đánh dấu {marked}: hãy sửa một trong hai</translation>
    </message>
</context>
<context>
    <name>gone_better</name>
    <message>
        <source>the optimiser found a better plan without this move</source>
        <translation>bộ tối ưu tìm được phương án tốt hơn không có điều động này</translation>
    </message>
</context>
<context>
    <name>gone_moved_unit</name>
    <message>
        <source>now works in another unit</source>
        <translation>nay công tác ở đơn vị khác</translation>
    </message>
</context>
<context>
    <name>gone_not_in_plan</name>
    <message>
        <source>no longer in the plan</source>
        <translation>không còn trong phương án</translation>
    </message>
</context>
<context>
    <name>gone_not_movable</name>
    <message>
        <source>no longer movable</source>
        <translation>không còn thuộc diện điều động</translation>
    </message>
</context>
<context>
    <name>gone_rejected</name>
    <message>
        <source>rejected by the officer in the previous run</source>
        <translation>bị loại ở lần chạy trước</translation>
    </message>
</context>
<context>
    <name>ids_without_zeros</name>
    <message>
        <source>{count} staff ids matched the plan&apos;s ids written with leading zeros (e.g. {file} → {plan})</source>
        <translation>{count} mã cán bộ được khớp với mã trong phương án có các số 0 ở đầu (ví dụ {file} → {plan})</translation>
    </message>
</context>
<context>
    <name>implausible_birth_date</name>
    <message>
        <source>Birth date {date} is not plausible (age {age})</source>
        <translation>Ngày sinh {date} không hợp lý (tuổi {age})</translation>
    </message>
</context>
<context>
    <name>import_adding</name>
    <message>
        <source>Adding</source>
        <translation>Thêm mới</translation>
    </message>
</context>
<context>
    <name>import_changed_since</name>
    <message>
        <source>Cannot {action} the import of {file}: {count} of its rows were changed since (e.g. {example}); nothing was written</source>
        <translation>Không thể {action} lần nhập tệp {file}: {count} dòng đã bị thay đổi sau đó (ví dụ {example}); không ghi gì</translation>
    </message>
</context>
<context>
    <name>import_done</name>
    <message>
        <source>Imported: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}</source>
        <translation>Đã nhập: {file} [{sheet}] — {rows} dòng, thêm {added}, sửa {changed}, xóa {removed}, giữ nguyên {unchanged}; lỗi {errors}, cảnh báo {warnings}</translation>
    </message>
</context>
<context>
    <name>import_dry_run</name>
    <message>
        <source>Dry run, nothing written: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}</source>
        <translation>Chạy thử, chưa ghi gì: {file} [{sheet}] — {rows} dòng, thêm {added}, sửa {changed}, xóa {removed}, giữ nguyên {unchanged}; lỗi {errors}, cảnh báo {warnings}</translation>
    </message>
</context>
<context>
    <name>import_header</name>
    <message>
        <source>Finding the header</source>
        <translation>Tìm dòng tiêu đề</translation>
    </message>
</context>
<context>
    <name>import_nothing_to_change</name>
    <message>
        <source>Nothing to change, the plan is unchanged: {file} [{sheet}] — {rows} rows, all {unchanged} already in the plan as the file has them; warnings {warnings}</source>
        <translation>Không có gì thay đổi, phương án giữ nguyên: {file} [{sheet}] — {rows} dòng, cả {unchanged} đã có trong phương án đúng như trong tệp; cảnh báo {warnings}</translation>
    </message>
</context>
<context>
    <name>import_reading</name>
    <message>
        <source>Reading the file</source>
        <translation>Đọc tệp</translation>
    </message>
</context>
<context>
    <name>import_redo_word</name>
    <message>
        <source>redo</source>
        <translation>làm lại</translation>
    </message>
</context>
<context>
    <name>import_refused</name>
    <message>
        <source>NOT imported, the plan is unchanged: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}</source>
        <translation>KHÔNG nhập, phương án giữ nguyên: {file} [{sheet}] — {rows} dòng, thêm {added}, sửa {changed}, xóa {removed}, giữ nguyên {unchanged}; lỗi {errors}, cảnh báo {warnings}</translation>
    </message>
</context>
<context>
    <name>import_removing</name>
    <message>
        <source>Removing</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>import_scope</name>
    <message>
        <source>The removal scope must be one of {scopes}</source>
        <translation>Phạm vi xóa phải là một trong: {scopes}</translation>
    </message>
</context>
<context>
    <name>import_undo_word</name>
    <message>
        <source>undo</source>
        <translation>hoàn tác</translation>
    </message>
</context>
<context>
    <name>import_updating</name>
    <message>
        <source>Updating</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>import_writing</name>
    <message>
        <source>Writing to the plan</source>
        <translation>Ghi vào phương án</translation>
    </message>
</context>
<context>
    <name>impossible_date</name>
    <message>
        <source>No such date: «{value}»</source>
        <translation>Ngày không tồn tại: «{value}»</translation>
    </message>
    <message>
        <source>Birth date {date} is in the future: correct it</source>
        <translation>Ngày sinh {date} ở tương lai: hãy sửa lại</translation>
    </message>
</context>
<context>
    <name>legacy_file</name>
    <message>
        <source>The file is in {encoding}; converted to Unicode</source>
        <translation>Tệp được gõ bằng mã {encoding}; đã chuyển sang Unicode</translation>
    </message>
</context>
<context>
    <name>legacy_text</name>
    <message>
        <source>{count} cells converted from {encoding} to Unicode (e.g. «{before}» → «{after}»)</source>
        <translation>{count} ô được chuyển từ mã {encoding} sang Unicode (ví dụ «{before}» → «{after}»)</translation>
    </message>
</context>
<context>
    <name>legal_bases_not_verified</name>
    <message>
        <source>Note: not yet checked against the official text: {names}.</source>
        <translation>Lưu ý: chưa đối chiếu với văn bản gốc: {names}.</translation>
    </message>
</context>
<context>
    <name>locks_break_caps</name>
    <message>
        <source>Cannot optimise: the decisions break a sending quota. {reasons}</source>
        <translation>Không thể tối ưu hóa: các quyết định đã chốt vượt hạn mức cử đi. {reasons}</translation>
    </message>
</context>
<context>
    <name>locks_over_cap</name>
    <message>
        <source>{unit} may send {cap} people (sending quota {quota}, {approved} already approved), but {locks} accepted or locked moves leave it: set some of them back to proposed, or raise the quota (the unit&apos;s sending cap or the policy&apos;s share).</source>
        <translation>{unit} chỉ được cử thêm {cap} người (hạn mức cử đi {quota}, đã phê duyệt {approved}), nhưng có {locks} đề xuất đã chấp nhận hoặc đã chốt đi từ đơn vị này: hãy đưa một số đề xuất về trạng thái đề xuất, hoặc nâng hạn mức (hạn mức cử đi của đơn vị hoặc tỷ lệ trong chính sách).</translation>
    </message>
</context>
<context>
    <name>looks_like_formula</name>
    <message>
        <source>«{value}» looks like a spreadsheet formula; check the source file (it is kept and printed as typed)</source>
        <translation>«{value}» trông như công thức bảng tính; kiểm tra lại tệp nguồn (vẫn được lưu và in nguyên văn)</translation>
    </message>
</context>
<context>
    <name>mapping_name_length</name>
    <message>
        <source>A mapping name must have 1–{most} characters</source>
        <translation>Tên cách ghép cột phải có 1–{most} ký tự</translation>
    </message>
</context>
<context>
    <name>mapping_no_column</name>
    <message>
        <source>No column «{column}» in the file</source>
        <translation>Không có cột «{column}» trong tệp</translation>
    </message>
</context>
<context>
    <name>mapping_other_kind</name>
    <message>
        <source>Mapping «{name}» is for {kind}, not {wanted}</source>
        <translation>Cách ghép cột «{name}» dành cho loại {kind}, không phải {wanted}</translation>
    </message>
</context>
<context>
    <name>mapping_unknown</name>
    <message>
        <source>No saved mapping «{name}» (saved: {known})</source>
        <translation>Không có cách ghép cột «{name}» (đã lưu: {known})</translation>
    </message>
</context>
<context>
    <name>mapping_unknown_id</name>
    <message>
        <source>Column {column}: «{field}» is not in the plan</source>
        <translation>Cột {column}: «{field}» không có trong phương án</translation>
    </message>
</context>
<context>
    <name>max_out_range</name>
    <message>
        <source>The sending cap must be a whole number from 0 (empty: no cap): {value}</source>
        <translation>Hạn mức cử đi phải là số nguyên từ 0 (để trống: không giới hạn): {value}</translation>
    </message>
</context>
<context>
    <name>missing_column</name>
    <message>
        <source>No column for «{field}» ({name}); choose the column that holds it.</source>
        <translation>Không tìm thấy cột «{field}» ({name}); hãy chọn cột chứa thông tin này.</translation>
    </message>
</context>
<context>
    <name>missing_value</name>
    <message>
        <source>Missing {field}: fill it in, or leave the row out of the file</source>
        <translation>Thiếu {field}: hãy điền vào, hoặc bỏ dòng này khỏi tệp</translation>
    </message>
</context>
<context>
    <name>month_first</name>
    <message>
        <source>Date «{value}» read as month/day/year</source>
        <translation>Ngày «{value}» được hiểu là tháng/ngày/năm</translation>
    </message>
</context>
<context>
    <name>month_only</name>
    <message>
        <source>Only month/year «{value}»: the 1st is used</source>
        <translation>Chỉ có tháng/năm «{value}»: lấy ngày 01</translation>
    </message>
</context>
<context>
    <name>move_gone</name>
    <message>
        <source>A proposal no longer exists.</source>
        <translation>Đề xuất không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>need_measure_unknown</name>
    <message>
        <source>Unknown measure: {value}</source>
        <translation>Biện pháp không hợp lệ: {value}</translation>
    </message>
</context>
<context>
    <name>need_unknown</name>
    <message>
        <source>{unit}, {specialty}: round {round} left no post unfilled there.</source>
        <translation>{unit}, {specialty}: đợt {round} không để lại vị trí nào còn thiếu ở đây.</translation>
    </message>
</context>
<context>
    <name>negative</name>
    <message>
        <source>«{value}» must not be negative</source>
        <translation>«{value}» không được âm</translation>
    </message>
</context>
<context>
    <name>new_unit_incomplete</name>
    <message>
        <source>New unit {unit} lacks: {missing}; fill them in the file</source>
        <translation>Đơn vị mới {unit} còn thiếu: {missing}; hãy điền vào tệp</translation>
    </message>
</context>
<context>
    <name>no_data_rows</name>
    <message>
        <source>{file} [{sheet}] has no data rows under its header: nothing was imported; fill in the list, or choose the sheet that holds it</source>
        <translation>{file} [{sheet}] không có dòng dữ liệu nào dưới dòng tiêu đề: không nhập gì; hãy điền danh sách, hoặc chọn trang tính chứa danh sách</translation>
    </message>
</context>
<context>
    <name>no_header</name>
    <message>
        <source>No header row found (full name, unit, …); say which row is the header.</source>
        <translation>Không tìm thấy dòng tiêu đề (Họ và tên, Đơn vị, …); hãy chỉ rõ dòng tiêu đề.</translation>
    </message>
</context>
<context>
    <name>no_list_sheet</name>
    <message>
        <source>No sheet holds a list with a header (full name, unit, …); sheets: {sheets}. Choose the sheet and say which row is the header.</source>
        <translation>Không trang tính nào có danh sách với dòng tiêu đề (họ và tên, đơn vị, …); các trang: {sheets}. Hãy chọn trang và cho biết dòng tiêu đề.</translation>
    </message>
</context>
<context>
    <name>no_run_yet</name>
    <message>
        <source>The plan has no optimisation run yet.</source>
        <translation>Phương án chưa có lần chạy tối ưu nào.</translation>
    </message>
</context>
<context>
    <name>no_such_setting</name>
    <message>
        <source>No setting «{key}»</source>
        <translation>Không có khóa cài đặt «{key}»</translation>
    </message>
</context>
<context>
    <name>no_unit</name>
    <message>
        <source>{count} rows (rows {first}–{last}) name no unit and the file has no unit column: choose the column that holds the unit, or give the unit of the whole file</source>
        <translation>{count} dòng (dòng {first}–{last}) không ghi đơn vị và tệp không có cột đơn vị: hãy chọn cột chứa đơn vị, hoặc cho biết đơn vị chung của cả tệp</translation>
    </message>
</context>
<context>
    <name>not_a_plan</name>
    <message>
        <source>This file is not a CQ2C plan.</source>
        <translation>Tệp này không phải phương án CQ2C.</translation>
    </message>
</context>
<context>
    <name>not_integer</name>
    <message>
        <source>«{value}» must be a whole number</source>
        <translation>«{value}» phải là số nguyên</translation>
    </message>
</context>
<context>
    <name>nothing_approved</name>
    <message>
        <source>Run #{run} has no approved move: approve the moves first.</source>
        <translation>Lần chạy #{run} chưa có đề xuất nào được duyệt: hãy phê duyệt trước.</translation>
    </message>
</context>
<context>
    <name>nothing_approved_in_run</name>
    <message>
        <source>Run #{run} has no approved move; run #{other} has {count} approved.</source>
        <translation>Lần chạy #{run} chưa có đề xuất nào được duyệt; lần chạy #{other} có {count} đề xuất đã duyệt.</translation>
    </message>
</context>
<context>
    <name>optimise_cancelled</name>
    <message>
        <source>Optimisation cancelled; nothing was stored.</source>
        <translation>Đã hủy tối ưu hóa; không có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>optimise_decided_meanwhile</name>
    <message>
        <source>Decisions changed while the plan was being optimised, and the new run would not have kept them. No run was stored; optimise again. ({changes})</source>
        <translation>Các quyết định đã thay đổi trong khi đang tối ưu, và lần chạy mới sẽ không giữ được chúng. Chưa lưu lần chạy nào; hãy tối ưu lại. ({changes})</translation>
    </message>
</context>
<context>
    <name>optimise_invalid</name>
    <message>
        <source>Cannot solve: the fixed decisions contradict the data ({errors})</source>
        <translation>Không giải được: các quyết định cố định mâu thuẫn với dữ liệu ({errors})</translation>
    </message>
</context>
<context>
    <name>optimise_method</name>
    <message>
        <source>Unknown optimisation method: {method}</source>
        <translation>Phương pháp tối ưu không hợp lệ: {method}</translation>
    </message>
</context>
<context>
    <name>optimise_reading</name>
    <message>
        <source>Reading the plan</source>
        <translation>Đọc phương án</translation>
    </message>
</context>
<context>
    <name>optimise_saving</name>
    <message>
        <source>Saving the run</source>
        <translation>Lưu kết quả</translation>
    </message>
</context>
<context>
    <name>optimise_solving</name>
    <message>
        <source>Optimising</source>
        <translation>Tối ưu hóa</translation>
    </message>
</context>
<context>
    <name>optimise_step</name>
    <message>
        <source>Optimising: step {step} of {steps}</source>
        <translation>Tối ưu hóa: bước {step}/{steps}</translation>
    </message>
</context>
<context>
    <name>out_of_range</name>
    <message>
        <source>«{value}» exceeds {high}</source>
        <translation>«{value}» lớn hơn {high}</translation>
    </message>
</context>
<context>
    <name>output_in_use</name>
    <message>
        <source>Cannot replace {path}: is it open in Excel or Word?</source>
        <translation>Không ghi đè được {path}: tệp đang mở trong chương trình khác?</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>password_needed</name>
    <message>
        <source>The server {server} asks for a password: save it in this computer&apos;s credential store or a pgpass file, or type it when asked.</source>
        <translation>Máy chủ {server} yêu cầu mật khẩu: hãy lưu mật khẩu vào kho mật khẩu của máy tính này hoặc tệp pgpass, hoặc nhập khi được hỏi.</translation>
    </message>
</context>
<context>
    <name>password_refused</name>
    <message>
        <source>The server {server} refused the user name or password.</source>
        <translation>Máy chủ {server} từ chối tên đăng nhập hoặc mật khẩu.</translation>
    </message>
</context>
<context>
    <name>pdf_not_created</name>
    <message>
        <source>Cannot create the PDF file.</source>
        <translation>Không tạo được tệp PDF.</translation>
    </message>
</context>
<context>
    <name>person_already_approved</name>
    <message>
        <source>Staff {staff} already has approved move #{move} in run #{run}.</source>
        <translation>Cán bộ {staff} đã có đề xuất #{move} được duyệt trong lần chạy #{run}.</translation>
    </message>
</context>
<context>
    <name>person_birth_range</name>
    <message>
        <source>Birth date {date} is not plausible for a civil servant.</source>
        <translation>Ngày sinh {date} không hợp lý đối với công chức.</translation>
    </message>
</context>
<context>
    <name>person_cccd_taken</name>
    <message>
        <source>This citizen ID already belongs to staff {owner}.</source>
        <translation>Số CCCD này đã thuộc về cán bộ {owner}.</translation>
    </message>
</context>
<context>
    <name>person_gender</name>
    <message>
        <source>Unknown gender: {value}</source>
        <translation>Giới tính không hợp lệ: {value}</translation>
    </message>
</context>
<context>
    <name>person_has_approved_move</name>
    <message>
        <source>{name} cannot be removed: their transfer to {unit} is approved. Withdraw the approval (with its reason) first, if the person really leaves the plan.</source>
        <translation>Không thể xoá {name}: điều động đến {unit} đã được phê duyệt. Nếu người này thật sự ra khỏi phương án, hãy rút phê duyệt (ghi rõ lý do) trước.</translation>
    </message>
</context>
<context>
    <name>person_id_required</name>
    <message>
        <source>A person needs a staff id.</source>
        <translation>Cần nhập mã cán bộ.</translation>
    </message>
</context>
<context>
    <name>person_id_taken</name>
    <message>
        <source>Staff id {staff} is already in the plan.</source>
        <translation>Mã cán bộ {staff} đã có trong phương án.</translation>
    </message>
</context>
<context>
    <name>person_name_required</name>
    <message>
        <source>A person needs a full name.</source>
        <translation>Cần nhập họ và tên.</translation>
    </message>
</context>
<context>
    <name>person_specialty</name>
    <message>
        <source>Unknown specialty: {value}</source>
        <translation>Chuyên môn không hợp lệ: {value}</translation>
    </message>
</context>
<context>
    <name>person_too_many_wishes</name>
    <message>
        <source>A person names at most three wishes.</source>
        <translation>Mỗi người đăng ký tối đa ba nguyện vọng.</translation>
    </message>
</context>
<context>
    <name>personal_needs_approver</name>
    <message>
        <source>Only an approver may export full birth dates and citizen ID numbers (signed in as {login}, {role}).</source>
        <translation>Chỉ người phê duyệt mới được xuất ngày sinh đầy đủ và số CCCD (đăng nhập là {login}, {role}).</translation>
    </message>
</context>
<context>
    <name>plan_busy</name>
    <message>
        <source>The plan is busy: another officer or program has been writing to it for {seconds} s. Nothing was saved; try again in a moment.</source>
        <translation>Phương án đang bận: một cán bộ hoặc chương trình khác đang ghi vào đó đã {seconds} giây. Chưa có gì được lưu; hãy thử lại sau ít phút.</translation>
    </message>
</context>
<context>
    <name>plan_constraint</name>
    <message>
        <source>The plan refused the data ({reason}); nothing was written</source>
        <translation>Phương án từ chối dữ liệu ({reason}); không ghi gì</translation>
    </message>
</context>
<context>
    <name>plan_empty</name>
    <message>
        <source>The plan file is empty.</source>
        <translation>Tệp phương án trống.</translation>
    </message>
</context>
<context>
    <name>plan_from_newer_version</name>
    <message>
        <source>This plan was written by a newer version of CQ2C Planner; please update.</source>
        <translation>Tệp phương án được tạo bởi phiên bản mới hơn của CQ2C Planner; hãy cập nhật phần mềm.</translation>
    </message>
</context>
<context>
    <name>plan_in_use</name>
    <message>
        <source>The plan is open in another window: {user} on {host}, since {since}.</source>
        <translation>Phương án đang được mở ở cửa sổ khác: {user} trên máy {host}, từ {since}.</translation>
    </message>
</context>
<context>
    <name>plan_in_use_unknown</name>
    <message>
        <source>The plan is open in another window.</source>
        <translation>Phương án đang được mở ở cửa sổ khác.</translation>
    </message>
</context>
<context>
    <name>plan_is_folder</name>
    <message>
        <source>This is a folder, not a plan file: {path}</source>
        <translation>Đây là một thư mục, không phải tệp phương án: {path}</translation>
    </message>
</context>
<context>
    <name>plan_not_found</name>
    <message>
        <source>Plan file not found: {path}</source>
        <translation>Không tìm thấy tệp phương án: {path}</translation>
    </message>
</context>
<context>
    <name>plan_rows_contended</name>
    <message>
        <source>Another officer changed the same rows at the same moment. Nothing was saved; reload and try again.</source>
        <translation>Một cán bộ khác vừa thay đổi cùng các dòng này cùng lúc. Chưa có gì được lưu; hãy tải lại rồi làm lại.</translation>
    </message>
</context>
<context>
    <name>plan_unreadable</name>
    <message>
        <source>Cannot open the plan (damaged or not a CQ2C plan): {reason}</source>
        <translation>Không mở được tệp phương án (tệp hỏng hoặc không phải phương án CQ2C): {reason}</translation>
    </message>
</context>
<context>
    <name>policy_max_km</name>
    <message>
        <source>The maximum distance must be more than 0 and at most 2000 km.</source>
        <translation>Khoảng cách tối đa phải lớn hơn 0 và không quá 2000 km.</translation>
    </message>
</context>
<context>
    <name>policy_no_destination</name>
    <message>
        <source>Choose at least one receiving region.</source>
        <translation>Chọn ít nhất một vùng nhận.</translation>
    </message>
</context>
<context>
    <name>policy_region</name>
    <message>
        <source>Unknown region.</source>
        <translation>Vùng không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>policy_score</name>
    <message>
        <source>Match scores must be between 0 and 1, with at most two decimals.</source>
        <translation>Điểm phù hợp phải lớn hơn 0 và nhỏ hơn 1, tối đa 2 chữ số thập phân.</translation>
    </message>
</context>
<context>
    <name>policy_score_number</name>
    <message>
        <source>Not a number: {value}</source>
        <translation>Điểm không hợp lệ: {value}</translation>
    </message>
</context>
<context>
    <name>policy_self_match</name>
    <message>
        <source>A specialty always matches itself (score 1).</source>
        <translation>Một chuyên môn luôn phù hợp chính nó (điểm 1).</translation>
    </message>
</context>
<context>
    <name>policy_send_quota</name>
    <message>
        <source>The sending quota must be a share of 0 to 100 % and a cap of 0 or more.</source>
        <translation>Hạn mức cử đi phải là tỷ lệ từ 0 đến 100 % và số người từ 0 trở lên.</translation>
    </message>
</context>
<context>
    <name>preparing_list</name>
    <message>
        <source>Preparing the list</source>
        <translation>Chuẩn bị danh sách</translation>
    </message>
</context>
<context>
    <name>printer_unusable</name>
    <message>
        <source>Cannot use the printer {printer}.</source>
        <translation>Không dùng được máy in {printer}.</translation>
    </message>
</context>
<context>
    <name>priority_not_whole</name>
    <message>
        <source>Priority must be a whole number: {value}</source>
        <translation>Mức ưu tiên phải là số nguyên: {value}</translation>
    </message>
</context>
<context>
    <name>priority_range</name>
    <message>
        <source>Priority must be 1 to 100.</source>
        <translation>Mức ưu tiên phải từ 1 đến 100.</translation>
    </message>
</context>
<context>
    <name>quota_posts_range</name>
    <message>
        <source>Posts must be a whole number from 0 to 1000: {value}</source>
        <translation>Biên chế phải là số nguyên từ 0 đến 1000: {value}</translation>
    </message>
</context>
<context>
    <name>quota_specialty_unknown</name>
    <message>
        <source>Unknown specialty: {specialty}</source>
        <translation>Chuyên môn không hợp lệ: {specialty}</translation>
    </message>
</context>
<context>
    <name>reading_rows</name>
    <message>
        <source>Reading the rows</source>
        <translation>Đọc dữ liệu</translation>
    </message>
</context>
<context>
    <name>reassign_approved</name>
    <message>
        <source>The move of {name} to {unit} is approved: withdraw its approval first (with a reason), then change it.</source>
        <translation>Điều động {name} đến {unit} đã được phê duyệt: hãy rút phê duyệt trước (kèm lý do) rồi mới thay đổi.</translation>
    </message>
</context>
<context>
    <name>reassign_below_quota</name>
    <message>
        <source>The source unit would fall below its quota.</source>
        <translation>Đơn vị nguồn sẽ xuống dưới định biên.</translation>
    </message>
</context>
<context>
    <name>reassign_no_match</name>
    <message>
        <source>The specialty does not match the post.</source>
        <translation>Chuyên môn không phù hợp vị trí.</translation>
    </message>
</context>
<context>
    <name>reassign_not_movable</name>
    <message>
        <source>This person cannot be moved.</source>
        <translation>Cán bộ này không thể điều động.</translation>
    </message>
</context>
<context>
    <name>reassign_own_unit</name>
    <message>
        <source>Cannot move a person to their own unit.</source>
        <translation>Không thể điều động về chính đơn vị đang công tác.</translation>
    </message>
</context>
<context>
    <name>reassign_post_filled</name>
    <message>
        <source>This post is already filled; choose the proposal to replace.</source>
        <translation>Vị trí này đã đủ người; hãy chọn đề xuất cần thay.</translation>
    </message>
</context>
<context>
    <name>region_unknown</name>
    <message>
        <source>Unknown region: {region}</source>
        <translation>Vùng không hợp lệ: {region}</translation>
    </message>
</context>
<context>
    <name>removed_has_decision</name>
    <message>
        <source>Staff {staff} is not in the file but has a decided transfer ({status}): keep them in the file, or import without removing</source>
        <translation>Cán bộ {staff} không có trong tệp nhưng đã có quyết định điều động ({status}): hãy giữ người này trong tệp, hoặc nhập mà không xóa</translation>
    </message>
</context>
<context>
    <name>removed_moves</name>
    <message>
        <source>{count} proposed moves of removed staff will be deleted with them</source>
        <translation>{count} đề xuất điều động của những người bị xóa sẽ bị xóa theo</translation>
    </message>
</context>
<context>
    <name>restore_failed</name>
    <message>
        <source>Restore failed: {reason}</source>
        <translation>Không khôi phục được: {reason}</translation>
    </message>
</context>
<context>
    <name>role_not_allowed</name>
    <message>
        <source>Your database role may not do this; the server refused it ({reason}).</source>
        <translation>Vai trò của anh/chị trên cơ sở dữ liệu không được phép làm việc này; máy chủ đã từ chối ({reason}).</translation>
    </message>
</context>
<context>
    <name>round_label_long</name>
    <message>
        <source>A round&apos;s name is at most 200 characters.</source>
        <translation>Tên đợt dài tối đa 200 ký tự.</translation>
    </message>
</context>
<context>
    <name>round_without_run</name>
    <message>
        <source>Round {round} has no optimisation run yet: optimise and decide it before starting another.</source>
        <translation>Đợt {round} chưa có lần chạy tối ưu nào: hãy tối ưu hóa và quyết định đợt này trước khi mở đợt mới.</translation>
    </message>
</context>
<context>
    <name>run_replaced</name>
    <message>
        <source>Run #{run} has been replaced by run #{newer} ({who}, {at}); its decisions now belong to the new run. Your change was NOT saved; reload and decide on run #{newer}.</source>
        <translation>Lần chạy #{run} đã được thay bằng lần chạy #{newer} ({who}, {at}); các quyết định nay thuộc về lần chạy mới. Thay đổi của anh/chị CHƯA được lưu; hãy tải lại rồi quyết định trên lần chạy #{newer}.</translation>
    </message>
</context>
<context>
    <name>run_unknown</name>
    <message>
        <source>No run #{run}.</source>
        <translation>Không có lần chạy #{run}.</translation>
    </message>
</context>
<context>
    <name>same_unit</name>
    <message>
        <source>From and to are the same unit</source>
        <translation>Điểm đi và điểm đến trùng nhau</translation>
    </message>
</context>
<context>
    <name>saving_file</name>
    <message>
        <source>Saving the file</source>
        <translation>Lưu tệp</translation>
    </message>
</context>
<context>
    <name>secondment_term</name>
    <message>
        <source>A secondment lasts 1 to {most} months, not {months}.</source>
        <translation>Thời hạn biệt phái từ 1 đến {most} tháng, không phải {months} tháng.</translation>
    </message>
</context>
<context>
    <name>setting_holds_placeholder</name>
    <message>
        <source>{setting} ({key}): holds a placeholder</source>
        <translation>{setting} ({key}): còn chỗ trống hoặc ghi chú</translation>
    </message>
</context>
<context>
    <name>setting_not_a_number</name>
    <message>
        <source>{setting}: «{value}» is not a number/year/symbol (e.g. 34/2025/NQ-HĐND)</source>
        <translation>{setting}: «{value}» không có dạng số/năm/ký hiệu (vd. 34/2025/NQ-HĐND)</translation>
    </message>
</context>
<context>
    <name>setting_not_set</name>
    <message>
        <source>{setting} ({key}): not set</source>
        <translation>{setting} ({key}): chưa nhập</translation>
    </message>
</context>
<context>
    <name>setting_not_valid</name>
    <message>
        <source>{setting}: «{value}» is not a valid value</source>
        <translation>{setting}: giá trị «{value}» không hợp lệ</translation>
    </message>
</context>
<context>
    <name>setting_placeholder</name>
    <message>
        <source>{setting}: «{value}» is a placeholder, not a value</source>
        <translation>{setting}: «{value}» là chỗ trống hoặc ghi chú, không phải giá trị</translation>
    </message>
</context>
<context>
    <name>setting_unreadable</name>
    <message>
        <source>{setting} ({key}): unreadable</source>
        <translation>{setting} ({key}): không đọc được</translation>
    </message>
</context>
<context>
    <name>setting_unverified</name>
    <message>
        <source>{setting} ({key}): not checked against the official text</source>
        <translation>{setting} ({key}): chưa đối chiếu văn bản gốc</translation>
    </message>
</context>
<context>
    <name>shared_needs_postgres</name>
    <message>
        <source>Shared plans live on a PostgreSQL server: give a postgresql:// URL.</source>
        <translation>Phương án dùng chung nằm trên máy chủ PostgreSQL: hãy cho địa chỉ postgresql://.</translation>
    </message>
</context>
<context>
    <name>shared_not_a_plan</name>
    <message>
        <source>The database holds tables that are not a CQ2C plan; use an empty database.</source>
        <translation>Cơ sở dữ liệu có các bảng không thuộc phương án CQ2C; hãy dùng một cơ sở dữ liệu trống.</translation>
    </message>
</context>
<context>
    <name>shared_setup_failed</name>
    <message>
        <source>The shared plan could not be set up: {reason}</source>
        <translation>Không thiết lập được phương án dùng chung: {reason}</translation>
    </message>
</context>
<context>
    <name>sheet_far_cells</name>
    <message>
        <source>Sheet «{sheet}» has cells far outside the table (e.g. {cells}); delete those columns in Excel and save.</source>
        <translation>Trang «{sheet}» có ô nằm rất xa ngoài bảng (ví dụ {cells}); hãy xóa các cột đó trong Excel rồi lưu lại.</translation>
    </message>
</context>
<context>
    <name>sheet_hidden_skipped</name>
    <message>
        <source>Sheet «{sheet}» is hidden: skipped (choose it to import it)</source>
        <translation>Trang «{sheet}» đang ẩn: bỏ qua (chọn trang này nếu muốn nhập)</translation>
    </message>
</context>
<context>
    <name>sheet_missing</name>
    <message>
        <source>No sheet «{sheet}» in the file; its sheets: {sheets}</source>
        <translation>Không có trang «{sheet}» trong tệp; các trang: {sheets}</translation>
    </message>
</context>
<context>
    <name>sheet_not_list</name>
    <message>
        <source>Sheet «{sheet}» skipped: its header names {named} but not {missing}, as the other sheets do</source>
        <translation>Bỏ qua trang «{sheet}»: dòng tiêu đề có {named} nhưng không có {missing} như các trang khác</translation>
    </message>
</context>
<context>
    <name>sheet_skipped</name>
    <message>
        <source>Sheet «{sheet}» skipped: it holds no list with a header (a cover or summary)</source>
        <translation>Bỏ qua trang «{sheet}»: không có danh sách với dòng tiêu đề (trang bìa hoặc tổng hợp)</translation>
    </message>
</context>
<context>
    <name>sheet_too_many_rows</name>
    <message>
        <source>Sheet {sheet} has more than {limit} rows; that is not a staff list: split the file.</source>
        <translation>Trang tính {sheet} có hơn {limit} dòng; đây không phải một danh sách cán bộ, hãy chia nhỏ tệp.</translation>
    </message>
</context>
<context>
    <name>sheet_unreadable</name>
    <message>
        <source>Cannot read sheet «{sheet}» ({reason}); save the file again from Excel as .xlsx.</source>
        <translation>Không đọc được trang «{sheet}» ({reason}); hãy mở bằng Excel và lưu lại thành .xlsx.</translation>
    </message>
</context>
<context>
    <name>someone_else</name>
    <message>
        <source>someone else</source>
        <translation>người khác</translation>
    </message>
</context>
<context>
    <name>specialty_longer</name>
    <message>
        <source>Read «{value}» as «{name}»; check it if that is another field</source>
        <translation>Đã đọc «{value}» là «{name}»; hãy kiểm tra nếu đó là chuyên ngành khác</translation>
    </message>
</context>
<context>
    <name>specialty_other_field</name>
    <message>
        <source>«{value}» is a field of its own, not «{name}»; write the plan&apos;s specialty that fits this person</source>
        <translation>«{value}» là một ngành riêng, không phải «{name}»; hãy ghi chuyên môn của phương án phù hợp với người này</translation>
    </message>
</context>
<context>
    <name>specialty_spelling</name>
    <message>
        <source>Read «{value}» as «{name}»</source>
        <translation>Đọc «{value}» là «{name}»</translation>
    </message>
</context>
<context>
    <name>staff_unknown</name>
    <message>
        <source>Unknown staff id: {staff}</source>
        <translation>Không có cán bộ: {staff}</translation>
    </message>
</context>
<context>
    <name>status_not_allowed</name>
    <message>
        <source>Status not allowed here: {status}</source>
        <translation>Trạng thái không hợp lệ: {status}</translation>
    </message>
</context>
<context>
    <name>stray_bytes</name>
    <message>
        <source>The cell held bytes that are not UTF-8 ({before}); they were read as Windows-1258: «{after}»; check it</source>
        <translation>Ô có byte không phải UTF-8 ({before}); đã đọc theo Windows-1258: «{after}»; hãy kiểm tra</translation>
    </message>
</context>
<context>
    <name>too_many_wishes</name>
    <message>
        <source>{count} wishes: a person names at most three; keep the first three in order of preference</source>
        <translation>{count} nguyện vọng: mỗi người đăng ký tối đa ba; giữ ba nguyện vọng đầu theo thứ tự ưu tiên</translation>
    </message>
</context>
<context>
    <name>two_birth_dates</name>
    <message>
        <source>A birth date under both Nam and Nữ: keep the one under the person&apos;s gender</source>
        <translation>Có ngày sinh ở cả cột Nam và Nữ: chỉ giữ ngày sinh ở cột đúng giới tính</translation>
    </message>
</context>
<context>
    <name>two_gender_marks</name>
    <message>
        <source>Marked under both Nam and Nữ: keep the mark under the person&apos;s gender</source>
        <translation>Đánh dấu ở cả cột Nam và Nữ: chỉ giữ dấu ở cột đúng giới tính</translation>
    </message>
</context>
<context>
    <name>unit_from_file</name>
    <message>
        <source>{count} rows have no unit: they take the file&apos;s unit «{unit}»</source>
        <translation>{count} dòng không ghi đơn vị: lấy đơn vị chung của tệp «{unit}»</translation>
    </message>
</context>
<context>
    <name>unit_from_group</name>
    <message>
        <source>Rows {first}–{last} have no unit: they take «{unit}» from the group row {row}</source>
        <translation>Các dòng {first}–{last} không ghi đơn vị: lấy «{unit}» từ dòng nhóm {row}</translation>
    </message>
</context>
<context>
    <name>unit_from_title</name>
    <message>
        <source>{count} rows name no unit: they take «{unit}», named in the title «{title}» (row {row})</source>
        <translation>{count} dòng không ghi đơn vị: lấy «{unit}» ghi ở tiêu đề «{title}» (dòng {row})</translation>
    </message>
</context>
<context>
    <name>unit_in_use</name>
    <message>
        <source>Cannot remove unit {unit}: {count} staff or moves refer to it; import without removing</source>
        <translation>Không thể xóa đơn vị {unit}: có {count} cán bộ hoặc đề xuất liên quan; hãy nhập mà không xóa</translation>
    </message>
</context>
<context>
    <name>unit_other_kind</name>
    <message>
        <source>«{value}» is not in the plan, which has «{name}»; write that name or its code if it is the same unit</source>
        <translation>«{value}» không có trong phương án, phương án có «{name}»; nếu là cùng đơn vị hãy ghi tên đó hoặc mã của nó</translation>
    </message>
</context>
<context>
    <name>unit_spelling</name>
    <message>
        <source>Read «{value}» as «{name}»</source>
        <translation>Đọc «{value}» là «{name}»</translation>
    </message>
</context>
<context>
    <name>unit_unknown</name>
    <message>
        <source>Unknown unit: {unit}</source>
        <translation>Không có đơn vị: {unit}</translation>
    </message>
</context>
<context>
    <name>unknown_exemption</name>
    <message>
        <source>Unknown exemption: {value}</source>
        <translation>Lý do miễn không hợp lệ: {value}</translation>
    </message>
</context>
<context>
    <name>unknown_specialty</name>
    <message>
        <source>Unknown specialty «{value}»; did you mean «{name}»? Write one of the plan&apos;s specialties</source>
        <translation>Chuyên môn «{value}» không rõ; có phải «{name}»? Hãy ghi một chuyên môn của phương án</translation>
    </message>
    <message>
        <source>Unknown specialty «{value}»; write one of the plan&apos;s specialties: {names}</source>
        <translation>Chuyên môn «{value}» không rõ; hãy ghi một chuyên môn của phương án: {names}</translation>
    </message>
</context>
<context>
    <name>unknown_unit</name>
    <message>
        <source>Unknown unit «{value}»; did you mean «{name}»? Write the plan&apos;s name or the unit&apos;s code</source>
        <translation>Đơn vị «{value}» không rõ; có phải «{name}»? Hãy ghi tên trong phương án hoặc mã đơn vị</translation>
    </message>
    <message>
        <source>Unknown unit «{value}»: not in the plan; write the plan&apos;s name or the unit&apos;s code (or import the unit first)</source>
        <translation>Đơn vị «{value}» không có trong phương án; hãy ghi tên trong phương án hoặc mã đơn vị (hoặc nhập đơn vị trước)</translation>
    </message>
</context>
<context>
    <name>unreadable_file</name>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
</context>
<context>
    <name>volunteer_not_movable</name>
    <message>
        <source>Only a movable person can volunteer.</source>
        <translation>Người không thể điều động thì không thể tự nguyện.</translation>
    </message>
</context>
<context>
    <name>wish_forbidden</name>
    <message>
        <source>the officer ruled this move out</source>
        <translation>cán bộ phụ trách đã loại điều động này</translation>
    </message>
</context>
<context>
    <name>wish_higher_level</name>
    <message>
        <source>the person fills a more important post elsewhere</source>
        <translation>người này được bố trí vào vị trí quan trọng hơn ở nơi khác</translation>
    </message>
</context>
<context>
    <name>wish_locked_elsewhere</name>
    <message>
        <source>the officer fixed a move elsewhere</source>
        <translation>cán bộ phụ trách đã chốt điều động đến nơi khác</translation>
    </message>
</context>
<context>
    <name>wish_max_out</name>
    <message>
        <source>the sending unit&apos;s quota was reached</source>
        <translation>đơn vị cử đi đã hết hạn mức cử đi</translation>
    </message>
</context>
<context>
    <name>wish_no_deficit</name>
    <message>
        <source>no matching post is short there</source>
        <translation>nơi đó không thiếu vị trí phù hợp chuyên môn</translation>
    </message>
</context>
<context>
    <name>wish_no_surplus</name>
    <message>
        <source>the person&apos;s unit has no surplus in the specialty</source>
        <translation>đơn vị của người này không dôi dư chuyên môn đó</translation>
    </message>
</context>
<context>
    <name>wish_not_chosen</name>
    <message>
        <source>not chosen (the run was not proven optimal)</source>
        <translation>không được chọn (lần chạy chưa được chứng minh tối ưu)</translation>
    </message>
</context>
<context>
    <name>wish_not_movable</name>
    <message>
        <source>the person is exempt from moving</source>
        <translation>người này thuộc diện không điều động</translation>
    </message>
</context>
<context>
    <name>wish_own_unit</name>
    <message>
        <source>A wish for the person&apos;s own unit {unit} can never be granted</source>
        <translation>Nguyện vọng về chính đơn vị đang công tác {unit} không thể được đáp ứng</translation>
    </message>
</context>
<context>
    <name>wish_own_unit_reason</name>
    <message>
        <source>it is the person&apos;s own unit</source>
        <translation>đó là đơn vị đang công tác của người này</translation>
    </message>
</context>
<context>
    <name>wish_posts_taken</name>
    <message>
        <source>the posts there went to people ranked ahead</source>
        <translation>các vị trí ở đó đã dành cho người được xếp trước</translation>
    </message>
</context>
<context>
    <name>wish_reason_other</name>
    <message>
        <source>other reason: {code}</source>
        <translation>lý do khác: {code}</translation>
    </message>
</context>
<context>
    <name>wish_region</name>
    <message>
        <source>that region does not receive people</source>
        <translation>vùng đó không thuộc vùng tiếp nhận</translation>
    </message>
</context>
<context>
    <name>wish_surplus_used</name>
    <message>
        <source>others of the unit&apos;s surplus were sent instead</source>
        <translation>số dôi dư của đơn vị đã được cử người khác đi</translation>
    </message>
</context>
<context>
    <name>wish_too_far</name>
    <message>
        <source>farther than the distance limit</source>
        <translation>xa hơn khoảng cách tối đa</translation>
    </message>
</context>
<context>
    <name>withdraw_reason</name>
    <message>
        <source>Say why the approval is withdrawn: the reason goes into the audit log.</source>
        <translation>Hãy ghi lý do rút phê duyệt: lý do được ghi vào nhật ký.</translation>
    </message>
</context>
<context>
    <name>writing_list</name>
    <message>
        <source>Writing the list</source>
        <translation>Ghi danh sách</translation>
    </message>
</context>
<context>
    <name>year_only</name>
    <message>
        <source>Only the year {year}: 01/01/{year} is used</source>
        <translation>Chỉ có năm sinh {year}: lấy ngày 01/01/{year}</translation>
    </message>
</context>
</TS>
