<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>No plan open</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <source>Search units (with or without diacritics)…</source>
        <translation>Search units (with or without diacritics)…</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Open plan…</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>&amp;Close plan</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation>Open the &amp;demo plan</translation>
    </message>
    <message>
        <source>&amp;About CQ2C Planner</source>
        <translation>&amp;About CQ2C Planner</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Cannot open the plan</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{plan}&lt;/h2&gt;&lt;p&gt;Units: &lt;b&gt;{units}&lt;/b&gt; &amp;nbsp; Staff: &lt;b&gt;{staff}&lt;/b&gt; (movable {movable}, volunteers {volunteers})&lt;/p&gt;&lt;p&gt;Posts: &lt;b&gt;{posts}&lt;/b&gt; &amp;nbsp; Short: &lt;b&gt;{short}&lt;/b&gt; in {units_short} units &amp;nbsp; Surplus: &lt;b&gt;{surplus}&lt;/b&gt; in {units_surplus} units&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{plan}&lt;/h2&gt;&lt;p&gt;Units: &lt;b&gt;{units}&lt;/b&gt; &amp;nbsp; Staff: &lt;b&gt;{staff}&lt;/b&gt; (movable {movable}, volunteers {volunteers})&lt;/p&gt;&lt;p&gt;Posts: &lt;b&gt;{posts}&lt;/b&gt; &amp;nbsp; Short: &lt;b&gt;{short}&lt;/b&gt; in {units_short} units &amp;nbsp; Surplus: &lt;b&gt;{surplus}&lt;/b&gt; in {units_surplus} units&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{units} units, {staff} staff</source>
        <translation>{units} units, {staff} staff</translation>
    </message>
    <message>
        <source>About CQ2C Planner</source>
        <translation>About CQ2C Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;CQ2C Planner&lt;/b&gt; {version}&lt;br&gt;Planning the redeployment of commune civil servants.&lt;br&gt;Map data: Vietnam Cartographic Publishing House via vietnamese-provinces-database (MIT).</source>
        <translation>&lt;b&gt;CQ2C Planner&lt;/b&gt; {version}&lt;br&gt;Planning the redeployment of commune civil servants.&lt;br&gt;Map data: Vietnam Cartographic Publishing House via vietnamese-provinces-database (MIT).</translation>
    </message>
</context>
</TS>