<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi">
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
        <source>No plan open</source>
        <translation>Chưa mở phương án</translation>
    </message>
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
        <source>Search:</source>
        <translation>Tìm:</translation>
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
        <source>&amp;Close plan</source>
        <translation>Đó&amp;ng phương án</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Thoát</translation>
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
        <source>Open plan</source>
        <translation>Mở phương án</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Không mở được phương án</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{plan}&lt;/h2&gt;&lt;p&gt;Units: &lt;b&gt;{units}&lt;/b&gt; &amp;nbsp; Staff: &lt;b&gt;{staff}&lt;/b&gt; (movable {movable}, volunteers {volunteers})&lt;/p&gt;&lt;p&gt;Posts: &lt;b&gt;{posts}&lt;/b&gt; &amp;nbsp; Short: &lt;b&gt;{short}&lt;/b&gt; in {units_short} units &amp;nbsp; Surplus: &lt;b&gt;{surplus}&lt;/b&gt; in {units_surplus} units&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{plan}&lt;/h2&gt;&lt;p&gt;Đơn vị: &lt;b&gt;{units}&lt;/b&gt; &amp;nbsp; Cán bộ: &lt;b&gt;{staff}&lt;/b&gt; (có thể điều động {movable}, tự nguyện {volunteers})&lt;/p&gt;&lt;p&gt;Biên chế: &lt;b&gt;{posts}&lt;/b&gt; &amp;nbsp; Thiếu: &lt;b&gt;{short}&lt;/b&gt; ở {units_short} đơn vị &amp;nbsp; Dôi dư: &lt;b&gt;{surplus}&lt;/b&gt; ở {units_surplus} đơn vị&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{units} units, {staff} staff</source>
        <translation>{units} đơn vị, {staff} cán bộ</translation>
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
</TS>