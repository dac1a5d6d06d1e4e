<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BalanceChart</name>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Surplus</translation>
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
Posts: {posts}
Staff: {current} (movable: {movable})
Short: {short}   Surplus: {surplus}</translation>
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
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <source>Posts not filled, all specialties</source>
        <translation>Posts not filled, all specialties</translation>
    </message>
    <message>
        <source>Staff above posts, all specialties</source>
        <translation>Staff above posts, all specialties</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heat map</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>all regions</translation>
    </message>
    <message>
        <source>By specialty: {where}</source>
        <translation>By specialty: {where}</translation>
    </message>
    <message>
        <source>{units} units · short {short} · surplus {surplus}</source>
        <translation>{units} units · short {short} · surplus {surplus}</translation>
    </message>
    <message>
        <source>Staff − posts:</source>
        <translation>Staff − posts:</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare runs {a} and {b}</source>
        <translation>Compare runs {a} and {b}</translation>
    </message>
    <message>
        <source>Posts filled</source>
        <translation>Posts filled</translation>
    </message>
    <message>
        <source>Posts short</source>
        <translation>Posts short</translation>
    </message>
    <message>
        <source>Priority filled</source>
        <translation>Priority filled</translation>
    </message>
    <message>
        <source>Match sum</source>
        <translation>Match sum</translation>
    </message>
    <message>
        <source>Volunteers moved</source>
        <translation>Volunteers moved</translation>
    </message>
    <message>
        <source>Total km</source>
        <translation>Total km</translation>
    </message>
    <message>
        <source>Mean km</source>
        <translation>Mean km</translation>
    </message>
    <message>
        <source>Longest km</source>
        <translation>Longest km</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Run {id}</source>
        <translation>Run {id}</translation>
    </message>
    <message>
        <source>only in run {id}</source>
        <translation>only in run {id}</translation>
    </message>
    <message>
        <source>different destination</source>
        <translation>different destination</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>{same} moves are the same in both runs; {diff} differ.</source>
        <translation>{same} moves are the same in both runs; {diff} differ.</translation>
    </message>
</context>
<context>
    <name>DecisionPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source> / {count}</source>
        <translation> / {count}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <source>Whole &amp;page</source>
        <translation>Whole &amp;page</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>P&amp;revious page</source>
        <translation>P&amp;revious page</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>Save the decision drafts</source>
        <translation>Save the decision drafts</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Decision drafts</source>
        <translation>Decision drafts</translation>
    </message>
    <message>
        <source>Printing the decision drafts…</source>
        <translation>Printing the decision drafts…</translation>
    </message>
    <message>
        <source>Sent {pages} page(s) to the printer.</source>
        <translation>Sent {pages} page(s) to the printer.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>DocumentGapsDialog</name>
    <message>
        <source>A document to be signed cannot carry blanks or notes. These document settings of the plan are not set:</source>
        <translation>A document to be signed cannot carry blanks or notes. These document settings of the plan are not set:</translation>
    </message>
    <message>
        <source>Not yet checked against the official text:</source>
        <translation>Not yet checked against the official text:</translation>
    </message>
    <message>
        <source>Document settings missing</source>
        <translation>Document settings missing</translation>
    </message>
    <message>
        <source>Go back and enter them in the plan's document settings, or write a draft whose missing values are dotted lines to fill in by hand.</source>
        <translation>Go back and enter them in the plan's document settings, or write a draft whose missing values are dotted lines to fill in by hand.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Write with blanks to fill in by hand</source>
        <translation>Write with blanks to fill in by hand</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Rosters, quotas, units or distances as communes send them: Excel, ODS or CSV.</source>
        <translation>Rosters, quotas, units or distances as communes send them: Excel, ODS or CSV.</translation>
    </message>
    <message>
        <source>Units (communes, wards)</source>
        <translation>Units (communes, wards)</translation>
    </message>
    <message>
        <source>Staff roster</source>
        <translation>Staff roster</translation>
    </message>
    <message>
        <source>Staffing quotas (posts per specialty)</source>
        <translation>Staffing quotas (posts per specialty)</translation>
    </message>
    <message>
        <source>Road distances</source>
        <translation>Road distances</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>What the file holds:</source>
        <translation>What the file holds:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>(the one that reads best)</source>
        <translation>(the one that reads best)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
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
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>No plan open</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
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
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>&amp;Close plan</translation>
    </message>
    <message>
        <source>&amp;New empty plan…</source>
        <translation>&amp;New empty plan…</translation>
    </message>
    <message>
        <source>&amp;Recent plans</source>
        <translation>&amp;Recent plans</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup copy…</source>
        <translation>&amp;Restore from a backup copy…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Import data…</translation>
    </message>
    <message>
        <source>Show &amp;personal data (citizen ID, birth date)</source>
        <translation>Show &amp;personal data (citizen ID, birth date)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Balance</translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation>&amp;Quotas</translation>
    </message>
    <message>
        <source>Op&amp;timise</source>
        <translation>Op&amp;timise</translation>
    </message>
    <message>
        <source>&amp;Optimise…</source>
        <translation>&amp;Optimise…</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Compare with the previous run…</source>
        <translation>&amp;Compare with the previous run…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
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
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>Cannot create the plan</translation>
    </message>
    <message>
        <source>Cannot restore the plan</source>
        <translation>Cannot restore the plan</translation>
    </message>
    <message>
        <source>Opening the plan…</source>
        <translation>Opening the plan…</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Cannot open the plan</translation>
    </message>
    <message>
        <source>Save a copy of the plan</source>
        <translation>Save a copy of the plan</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>Loading the plan…</source>
        <translation>Loading the plan…</translation>
    </message>
    <message>
        <source>Cannot read the plan</source>
        <translation>Cannot read the plan</translation>
    </message>
    <message>
        <source>{units} units, {staff} staff</source>
        <translation>{units} units, {staff} staff</translation>
    </message>
    <message>
        <source>Optimising…</source>
        <translation>Optimising…</translation>
    </message>
    <message>
        <source>Run {id}: {status}, {moves} moves, {unfilled} posts unfilled</source>
        <translation>Run {id}: {status}, {moves} moves, {unfilled} posts unfilled</translation>
    </message>
    <message>
        <source>Optimisation failed</source>
        <translation>Optimisation failed</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Compare runs</translation>
    </message>
    <message>
        <source>Two runs are needed to compare.</source>
        <translation>Two runs are needed to compare.</translation>
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
<context>
    <name>MapView</name>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Moves</translation>
    </message>
    <message>
        <source>Show the proposed moves as arrows</source>
        <translation>Show the proposed moves as arrows</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have no boundary on this map</source>
        <translation>
            <numerusform>%n unit(s) have no boundary on this map</numerusform>
            <numerusform>%n unit(s) have no boundary on this map</numerusform>
        </translation>
    </message>
    <message>
        <source>{source} → {target}: {count} people</source>
        <translation>{source} → {target}: {count} people</translation>
    </message>
    <message>
        <source>&lt;br&gt;{region}&lt;br&gt;Posts: {posts} · Staff: {staff}&lt;br&gt;Short: {short} · Surplus: {surplus}</source>
        <translation>&lt;br&gt;{region}&lt;br&gt;Posts: {posts} · Staff: {staff}&lt;br&gt;Short: {short} · Surplus: {surplus}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Moves in: {incoming} · out: {outgoing}</source>
        <translation>&lt;br&gt;Moves in: {incoming} · out: {outgoing}</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>Staff minus posts</source>
        <translation>Staff minus posts</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Proposed move</source>
        <translation>Proposed move</translation>
    </message>
    <message>
        <source>Boundaries: Vietnam Cartographic Publishing House, via vietnamese-provinces-database (MIT)</source>
        <translation>Boundaries: Vietnam Cartographic Publishing House, via vietnamese-provinces-database (MIT)</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Could not write {path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field of the plan; fields marked * are required.</source>
        <translation>Each column of the file goes to a field of the plan; fields marked * are required.</translation>
    </message>
    <message>
        <source>Read again from this row</source>
        <translation>Read again from this row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>As usual for this kind of file</source>
        <translation>As usual for this kind of file</translation>
    </message>
    <message>
        <source>Remove them: the file is the unit's complete list</source>
        <translation>Remove them: the file is the unit's complete list</translation>
    </message>
    <message>
        <source>Keep them: the file only adds and updates</source>
        <translation>Keep them: the file only adds and updates</translation>
    </message>
    <message>
        <source>optional: a name to reuse this mapping for the same source</source>
        <translation>optional: a name to reuse this mapping for the same source</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>Rows of the plan missing from the file:</source>
        <translation>Rows of the plan missing from the file:</translation>
    </message>
    <message>
        <source>Save the mapping as:</source>
        <translation>Save the mapping as:</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignore this column)</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>Every required field has a column.</translation>
    </message>
</context>
<context>
    <name>OptimiseDialog</name>
    <message>
        <source>Optimise the plan</source>
        <translation>Optimise the plan</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Limit the distance from home</source>
        <translation>Limit the distance from home</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distance:</translation>
    </message>
    <message>
        <source>Optimal (proven best)</source>
        <translation>Optimal (proven best)</translation>
    </message>
    <message>
        <source>Nearest first (the usual spreadsheet habit)</source>
        <translation>Nearest first (the usual spreadsheet habit)</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <source>Receiving regions and their priority</source>
        <translation>Receiving regions and their priority</translation>
    </message>
    <message>
        <source>priority </source>
        <translation>priority </translation>
    </message>
    <message>
        <source>Related specialties: who may fill which post (score 0 = no, 1 = same specialty)</source>
        <translation>Related specialties: who may fill which post (score 0 = no, 1 = same specialty)</translation>
    </message>
    <message>
        <source>Rows: the post's specialty. Columns: the holder's specialty.</source>
        <translation>Rows: the post's specialty. Columns: the holder's specialty.</translation>
    </message>
    <message>
        <source>Check the policy</source>
        <translation>Check the policy</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>&amp;Approve selected proposals</source>
        <translation>&amp;Approve selected proposals</translation>
    </message>
    <message>
        <source>Approve &amp;all proposals not rejected</source>
        <translation>Approve &amp;all proposals not rejected</translation>
    </message>
    <message>
        <source>Transfer &amp;list (Excel)…</source>
        <translation>Transfer &amp;list (Excel)…</translation>
    </message>
    <message>
        <source>Decisions (&amp;PDF)…</source>
        <translation>Decisions (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Decisions (&amp;Word)…</source>
        <translation>Decisions (&amp;Word)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view of the decisions…</source>
        <translation>Print pre&amp;view of the decisions…</translation>
    </message>
    <message>
        <source>Open the &amp;output folder</source>
        <translation>Open the &amp;output folder</translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation>Cannot approve</translation>
    </message>
    <message>
        <source>Approve {count} proposal(s)</source>
        <translation>Approve {count} proposal(s)</translation>
    </message>
    <message>
        <source>Export the transfer list</source>
        <translation>Export the transfer list</translation>
    </message>
    <message>
        <source>Export the decision drafts</source>
        <translation>Export the decision drafts</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Exporting the transfer list…</source>
        <translation>Exporting the transfer list…</translation>
    </message>
    <message>
        <source>Writing the decision drafts…</source>
        <translation>Writing the decision drafts…</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Preparing the print preview…</translation>
    </message>
    <message>
        <source>Written: {path} ({people} people)</source>
        <translation>Written: {path} ({people} people)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>The export failed</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>&lt;p&gt;Units: &lt;b&gt;{units}&lt;/b&gt; &amp;nbsp; Staff: &lt;b&gt;{staff}&lt;/b&gt; (movable {movable}, volunteers {volunteers}) &amp;nbsp; Posts: &lt;b&gt;{posts}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Units: &lt;b&gt;{units}&lt;/b&gt; &amp;nbsp; Staff: &lt;b&gt;{staff}&lt;/b&gt; (movable {movable}, volunteers {volunteers}) &amp;nbsp; Posts: &lt;b&gt;{posts}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Short: &lt;b&gt;{short}&lt;/b&gt; posts in {units_short} units &amp;nbsp; Surplus: &lt;b&gt;{surplus}&lt;/b&gt; people in {units_surplus} units&lt;/p&gt;</source>
        <translation>&lt;p&gt;Short: &lt;b&gt;{short}&lt;/b&gt; posts in {units_short} units &amp;nbsp; Surplus: &lt;b&gt;{surplus}&lt;/b&gt; people in {units_surplus} units&lt;/p&gt;</translation>
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
        <source>By region</source>
        <translation>By region</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>By specialty</source>
        <translation>By specialty</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Next step&lt;/h3&gt;&lt;p&gt;Check the data (Data menu, Ctrl+I to import the communes' files), then &lt;b&gt;Optimise (F5)&lt;/b&gt; to get a proposal.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Next step&lt;/h3&gt;&lt;p&gt;Check the data (Data menu, Ctrl+I to import the communes' files), then &lt;b&gt;Optimise (F5)&lt;/b&gt; to get a proposal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latest run&lt;/h3&gt;&lt;p&gt;Run {id}: {status}, {moves} moves, {filled} of {short} posts filled. Review it on the Proposals tab, approve, then export from the Export menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latest run&lt;/h3&gt;&lt;p&gt;Run {id}: {status}, {moves} moves, {filled} of {short} posts filled. Review it on the Proposals tab, approve, then export from the Export menu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>The new language applies when the program starts again.</source>
        <translation>The new language applies when the program starts again.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Cells with problems are highlighted.</source>
        <translation>Nothing has been written yet. Cells with problems are highlighted.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>{records} records read: {added} to add, {changed} to change, {removed} to remove, {unchanged} unchanged · {errors} errors, {warnings} warnings</source>
        <translation>{records} records read: {added} to add, {changed} to change, {removed} to remove, {unchanged} unchanged · {errors} errors, {warnings} warnings</translation>
    </message>
    <message>
        <source>Fix the errors in the file (or the mapping) before importing.</source>
        <translation>Fix the errors in the file (or the mapping) before importing.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>QuotasView</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
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
        <source>Movable</source>
        <translation>Movable</translation>
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
        <source>Search by unit, region or specialty…</source>
        <translation>Search by unit, region or specialty…</translation>
    </message>
    <message>
        <source>{shown} of {total} rows</source>
        <translation>{shown} of {total} rows</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Fill a post by hand</source>
        <translation>Fill a post by hand</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Km from home</source>
        <translation>Km from home</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Already proposed</source>
        <translation>Already proposed</translation>
    </message>
    <message>
        <source>Beyond the distance limit</source>
        <translation>Beyond the distance limit</translation>
    </message>
    <message>
        <source>Best first: exact specialty, volunteers, then the shortest distance.</source>
        <translation>Best first: exact specialty, volunteers, then the shortest distance.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Highland</source>
        <translation>Highland</translation>
    </message>
    <message>
        <source>Mountain</source>
        <translation>Mountain</translation>
    </message>
    <message>
        <source>Lowland</source>
        <translation>Lowland</translation>
    </message>
    <message>
        <source>Coastal</source>
        <translation>Coastal</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>Urban</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the plan from a backup copy</source>
        <translation>Restore the plan from a backup copy</translation>
    </message>
    <message>
        <source>when the plan was opened</source>
        <translation>when the plan was opened</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Size (KB)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>No backup copies of this plan yet: one is taken each time a changed plan is opened.</source>
        <translation>No backup copies of this plan yet: one is taken each time a changed plan is opened.</translation>
    </message>
    <message>
        <source>The plan's content is replaced by the copy you choose. The plan as it is now is copied first, so this can be undone.</source>
        <translation>The plan's content is replaced by the copy you choose. The plan as it is now is copied first, so this can be undone.</translation>
    </message>
    <message>
        <source>Backup copies of {name}, newest first:</source>
        <translation>Backup copies of {name}, newest first:</translation>
    </message>
    <message>
        <source>Restore the plan?</source>
        <translation>Restore the plan?</translation>
    </message>
    <message>
        <source>Replace the plan with the copy taken at {when}? The plan as it is now is kept as a copy.</source>
        <translation>Replace the plan with the copy taken at {when}? The plan as it is now is kept as a copy.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Search proposals…</source>
        <translation>Search proposals…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Post specialty</source>
        <translation>Post specialty</translation>
    </message>
    <message>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Why unfilled</source>
        <translation>Why unfilled</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Reset to proposed</source>
        <translation>Reset to proposed</translation>
    </message>
    <message>
        <source>Change person…</source>
        <translation>Change person…</translation>
    </message>
    <message>
        <source>Fill post by hand…</source>
        <translation>Fill post by hand…</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <source>Posts left unfilled</source>
        <translation>Posts left unfilled</translation>
    </message>
    <message>
        <source>Run {id} — {when} — {status} — {moves} moves</source>
        <translation>Run {id} — {when} — {status} — {moves} moves</translation>
    </message>
    <message>
        <source>No run yet: use Optimise (F5).</source>
        <translation>No run yet: use Optimise (F5).</translation>
    </message>
    <message>
        <source>Filled {filled} of {short} posts short · priority {priority} · match {match} · volunteers {volunteers} · total {total} km, mean {mean} km, longest {longest} km</source>
        <translation>Filled {filled} of {short} posts short · priority {priority} · match {match} · volunteers {volunteers} · total {total} km, mean {mean} km, longest {longest} km</translation>
    </message>
    <message>
        <source>Cannot change the proposal</source>
        <translation>Cannot change the proposal</translation>
    </message>
    <message>
        <source>{status}: {count} proposal(s)</source>
        <translation>{status}: {count} proposal(s)</translation>
    </message>
    <message>
        <source>Cannot make this change</source>
        <translation>Cannot make this change</translation>
    </message>
    <message>
        <source>Change by hand</source>
        <translation>Change by hand</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Movable</source>
        <translation>Movable</translation>
    </message>
    <message>
        <source>Exemption</source>
        <translation>Exemption</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>(none — movable)</source>
        <translation>(none — movable)</translation>
    </message>
    <message>
        <source>Search by name, ID, unit, specialty (diacritics optional)…</source>
        <translation>Search by name, ID, unit, specialty (diacritics optional)…</translation>
    </message>
    <message>
        <source>{shown} of {total} people</source>
        <translation>{shown} of {total} people</translation>
    </message>
    <message>
        <source>Cannot change this person</source>
        <translation>Cannot change this person</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Cannot undo</source>
        <translation>Cannot undo</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
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
        <source>Cannot change this unit</source>
        <translation>Cannot change this unit</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>self._parent</name>
    <message>
        <source>The job failed</source>
        <translation>The job failed</translation>
    </message>
</context>
</TS>