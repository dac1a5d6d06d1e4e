<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApprovedNote</name>
    <message>
        <source>Figures include {moves} approved moves: each person counts at the destination.</source>
        <translation>Figures include {moves} approved moves: each person counts at the destination.</translation>
    </message>
    <message>
        <source>Figures include {moves} approved moves, {secondments} of them secondments, counted where the person works.</source>
        <translation>Figures include {moves} approved moves, {secondments} of them secondments, counted where the person works.</translation>
    </message>
    <message>
        <source>Approved decisions are facts: a transfer counts at its destination and no longer at its source. A seconded person counts at the unit where they work during the secondment, although they stay on the source unit&apos;s payroll.</source>
        <translation>Approved decisions are facts: a transfer counts at its destination and no longer at its source. A seconded person counts at the unit where they work during the secondment, although they stay on the source unit&apos;s payroll.</translation>
    </message>
</context>
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
    <name>BalanceRefresh</name>
    <message>
        <source>Cannot read the plan</source>
        <translation>Cannot read the plan</translation>
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
    <name>Confirm</name>
    <message>
        <source>The search shows {shown} of {every} proposals. Apply to all {every}, or to the {shown} shown?</source>
        <translation>The search shows {shown} of {every} proposals. Apply to all {every}, or to the {shown} shown?</translation>
    </message>
    <message>
        <source>All {every}</source>
        <translation>All {every}</translation>
    </message>
    <message>
        <source>The {shown} shown</source>
        <translation>The {shown} shown</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Which decisions? For the approved proposals selected, or for every approved one when none is selected.</source>
        <translation>Which decisions? For the approved proposals selected, or for every approved one when none is selected.</translation>
    </message>
    <message>
        <source>One decision per person</source>
        <translation>One decision per person</translation>
    </message>
    <message>
        <source>One collective decision, list annexed</source>
        <translation>One collective decision, list annexed</translation>
    </message>
</context>
<context>
    <name>DecisionActions</name>
    <message>
        <source>&amp;Withdraw approval…</source>
        <translation>&amp;Withdraw approval…</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Withdraw approval</translation>
    </message>
    <message>
        <source>Select one or more approved proposals (status “approved”) to withdraw their approval.</source>
        <translation>Select one or more approved proposals (status “approved”) to withdraw their approval.</translation>
    </message>
    <message>
        <source>Cannot withdraw the approval</source>
        <translation>Cannot withdraw the approval</translation>
    </message>
    <message>
        <source>Withdraw approval: {count} move(s)</source>
        <translation>Withdraw approval: {count} move(s)</translation>
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
        <source>Go back and enter them in the plan&apos;s document settings, or write a draft whose missing values are dotted lines to fill in by hand.</source>
        <translation>Go back and enter them in the plan&apos;s document settings, or write a draft whose missing values are dotted lines to fill in by hand.</translation>
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
    <name>ExemptionBasesDialog</name>
    <message>
        <source>Legal basis of the exemptions</source>
        <translation>Legal basis of the exemptions</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Article, clause</source>
        <translation>Article, clause</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>The defaults are as reported in the press and official letters, not checked against the decree: write in the article and tick Checked once you have read the official text.</source>
        <translation>The defaults are as reported in the press and official letters, not checked against the decree: write in the article and tick Checked once you have read the official text.</translation>
    </message>
</context>
<context>
    <name>ExemptionDialog</name>
    <message>
        <source>Exemption from transfer</source>
        <translation>Exemption from transfer</translation>
    </message>
    <message>
        <source>(none — movable)</source>
        <translation>(none — movable)</translation>
    </message>
    <message>
        <source>e.g. Medical certificate no. 12/GCN of the district hospital</source>
        <translation>e.g. Medical certificate no. 12/GCN of the district hospital</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Volunteers to be moved all the same</source>
        <translation>Volunteers to be moved all the same</translation>
    </message>
    <message>
        <source>The decree lets a person volunteer only when pregnant or raising a child under 36 months, or in certified family hardship; every other exempt person is never proposed.</source>
        <translation>The decree lets a person volunteer only when pregnant or raising a child under 36 months, or in certified family hardship; every other exempt person is never proposed.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Date of the evidence:</source>
        <translation>Date of the evidence:</translation>
    </message>
    <message>
        <source>Movable: no exemption.</source>
        <translation>Movable: no exemption.</translation>
    </message>
    <message>
        <source>The province&apos;s own rule (not a group of Decree 170/2025).</source>
        <translation>The province&apos;s own rule (not a group of Decree 170/2025).</translation>
    </message>
    <message>
        <source>checked against the official text</source>
        <translation>checked against the official text</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
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
        <source>Save a copy of the plan</source>
        <translation>Save a copy of the plan</translation>
    </message>
    <message>
        <source>Copy saved: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>Open a shared plan (PostgreSQL)…</source>
        <translation>Open a shared plan (PostgreSQL)…</translation>
    </message>
    <message>
        <source>Open a shared plan</source>
        <translation>Open a shared plan</translation>
    </message>
    <message>
        <source>Address of the plan (the password is asked for when needed):</source>
        <translation>Address of the plan (the password is asked for when needed):</translation>
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
        <source>Every ticked sheet that holds a list is imported; cover and summary sheets are skipped.</source>
        <translation>Every ticked sheet that holds a list is imported; cover and summary sheets are skipped.</translation>
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
        <source>Sheets to read:</source>
        <translation>Sheets to read:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>CQ2C Planner user guide</source>
        <translation>CQ2C Planner user guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Open in the web browser</source>
        <translation>Open in the web browser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Quick tour: the five steps</source>
        <translation>&amp;Quick tour: the five steps</translation>
    </message>
    <message>
        <source>&amp;About CQ2C Planner</source>
        <translation>&amp;About CQ2C Planner</translation>
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
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The job failed</source>
        <translation>The job failed</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>proven optimal</source>
        <translation>proven optimal</translation>
    </message>
    <message>
        <source>nearest first</source>
        <translation>nearest first</translation>
    </message>
    <message>
        <source>best found in the time limit</source>
        <translation>best found in the time limit</translation>
    </message>
    <message>
        <source>not run: the data must be fixed</source>
        <translation>not run: the data must be fixed</translation>
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
        <source>Opening the plan…</source>
        <translation>Opening the plan…</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Cannot open the plan</translation>
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
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole province (Ctrl+0)</source>
        <translation>Show the whole province (Ctrl+0)</translation>
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
        <source>Save image…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image, with its legend</source>
        <translation>Save the map as a PNG image, with its legend</translation>
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
    <message>
        <source>Balanced</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Leaving {unit}</source>
        <translation>Leaving {unit}</translation>
    </message>
    <message>
        <source>Coming to {unit}</source>
        <translation>Coming to {unit}</translation>
    </message>
    <message>
        <source>Other moves</source>
        <translation>Other moves</translation>
    </message>
    <message>
        <source>Moves (thicker: more people)</source>
        <translation>Moves (thicker: more people)</translation>
    </message>
    <message>
        <source>Staff minus posts</source>
        <translation>Staff minus posts</translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source>surplus</source>
        <translation>surplus</translation>
    </message>
    <message>
        <source>Boundaries: Vietnam Cartographic Publishing House, via vietnamese-provinces-database (MIT)</source>
        <translation>Boundaries: Vietnam Cartographic Publishing House, via vietnamese-provinces-database (MIT)</translation>
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
        <source>Keep them: the file only adds and updates</source>
        <translation>Keep them: the file only adds and updates</translation>
    </message>
    <message>
        <source>Remove those of the units in the file: it is their complete list</source>
        <translation>Remove those of the units in the file: it is their complete list</translation>
    </message>
    <message>
        <source>Remove every one missing from the file</source>
        <translation>Remove every one missing from the file</translation>
    </message>
    <message>
        <source>For a list without a unit column: the unit of every row that names none.</source>
        <translation>For a list without a unit column: the unit of every row that names none.</translation>
    </message>
    <message>
        <source>Also import the rows hidden in the file</source>
        <translation>Also import the rows hidden in the file</translation>
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
        <source>Unit of rows that name none:</source>
        <translation>Unit of rows that name none:</translation>
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
        <source>(as the file says)</source>
        <translation>(as the file says)</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignore this column)</translation>
    </message>
    <message>
        <source>Sheets read: {sheets}</source>
        <translation>Sheets read: {sheets}</translation>
    </message>
    <message>
        <source>The title names {unit}: rows without a unit take it.</source>
        <translation>The title names {unit}: rows without a unit take it.</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>Every required field has a column.</translation>
    </message>
</context>
<context>
    <name>MoveKindDialog</name>
    <message>
        <source>Transfer or secondment</source>
        <translation>Transfer or secondment</translation>
    </message>
    <message>
        <source>Transfer (điều động): leaves the source unit for good</source>
        <translation>Transfer (điều động): leaves the source unit for good</translation>
    </message>
    <message>
        <source>Secondment (biệt phái): for a term, stays on the source unit&apos;s payroll and returns</source>
        <translation>Secondment (biệt phái): for a term, stays on the source unit&apos;s payroll and returns</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>From a set day (otherwise from the date the decision takes effect)</source>
        <translation>From a set day (otherwise from the date the decision takes effect)</translation>
    </message>
    <message>
        <source>Also make this the plan&apos;s default for new proposals</source>
        <translation>Also make this the plan&apos;s default for new proposals</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) chosen.</source>
        <translation>
            <numerusform>%n proposal(s) chosen.</numerusform>
            <numerusform>%n proposal(s) chosen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secondment&apos;s decision states its term and the return; the support ends with the term.</source>
        <translation>A secondment&apos;s decision states its term and the return; the support ends with the term.</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Remaining needs</source>
        <translation>Remaining needs</translation>
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
        <source>Posts unfilled</source>
        <translation>Posts unfilled</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>What transfer could not fill: choose for each how it is to be filled (double-click the measure). The list goes to the recruitment side as an Excel workbook.</source>
        <translation>What transfer could not fill: choose for each how it is to be filled (double-click the measure). The list goes to the recruitment side as an Excel workbook.</translation>
    </message>
    <message>
        <source>Round {round}: {posts} posts unfilled in {pairs} unit × specialty pairs</source>
        <translation>Round {round}: {posts} posts unfilled in {pairs} unit × specialty pairs</translation>
    </message>
    <message>
        <source>Cannot choose the measure</source>
        <translation>Cannot choose the measure</translation>
    </message>
    <message>
        <source>Measure for {unit}, {specialty}</source>
        <translation>Measure for {unit}, {specialty}</translation>
    </message>
    <message>
        <source>Export the remaining needs</source>
        <translation>Export the remaining needs</translation>
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
        <source>At most this share of each unit&apos;s staff</source>
        <translation>At most this share of each unit&apos;s staff</translation>
    </message>
    <message>
        <source>At most this many people from one unit</source>
        <translation>At most this many people from one unit</translation>
    </message>
    <message>
        <source>Sending quota:</source>
        <translation>Sending quota:</translation>
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
        <source>Rows: the post&apos;s specialty. Columns: the holder&apos;s specialty.</source>
        <translation>Rows: the post&apos;s specialty. Columns: the holder&apos;s specialty.</translation>
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
        <source>Approve proposals</source>
        <translation>Approve proposals</translation>
    </message>
    <message>
        <source>Approve {count} proposal(s)? Approved moves go into the decisions to be signed; an approval can be withdrawn later, with a reason.</source>
        <translation>Approve {count} proposal(s)? Approved moves go into the decisions to be signed; an approval can be withdrawn later, with a reason.</translation>
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
        <source>&lt;h3&gt;Next step&lt;/h3&gt;&lt;p&gt;Check the data (Data menu, Ctrl+I to import the communes&apos; files), then &lt;b&gt;Optimise (F5)&lt;/b&gt; to get a proposal.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Next step&lt;/h3&gt;&lt;p&gt;Check the data (Data menu, Ctrl+I to import the communes&apos; files), then &lt;b&gt;Optimise (F5)&lt;/b&gt; to get a proposal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Latest run&lt;/h3&gt;&lt;p&gt;Run {id}: {status}, {moves} moves, {filled} of {short} posts filled. Review it on the Proposals tab, approve, then export from the Export menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Latest run&lt;/h3&gt;&lt;p&gt;Run {id}: {status}, {moves} moves, {filled} of {short} posts filled. Review it on the Proposals tab, approve, then export from the Export menu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Round {round}: {approved} approved</source>
        <translation>Round {round}: {approved} approved</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rounds&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Rounds&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>All rounds together: &lt;b&gt;{approved}&lt;/b&gt; approved</source>
        <translation>All rounds together: &lt;b&gt;{approved}&lt;/b&gt; approved</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password for the shared plan</source>
        <translation>Password for the shared plan</translation>
    </message>
    <message>
        <source>The server asks for the password of:
{location}</source>
        <translation>The server asks for the password of:
{location}</translation>
    </message>
    <message>
        <source>Remember it in this computer&apos;s credential store</source>
        <translation>Remember it in this computer&apos;s credential store</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Edit a person</source>
        <translation>Edit a person</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>May be transferred</source>
        <translation>May be transferred</translation>
    </message>
    <message>
        <source>Asked to be transferred</source>
        <translation>Asked to be transferred</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
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
        <source>Staff id:</source>
        <translation>Staff id:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>Ethnicity:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Specialty:</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Rank:</translation>
    </message>
    <message>
        <source>Lives in:</source>
        <translation>Lives in:</translation>
    </message>
    <message>
        <source>(the unit where they work)</source>
        <translation>(the unit where they work)</translation>
    </message>
    <message>
        <source>Movable:</source>
        <translation>Movable:</translation>
    </message>
    <message>
        <source>Why not movable:</source>
        <translation>Why not movable:</translation>
    </message>
    <message>
        <source>Volunteer:</source>
        <translation>Volunteer:</translation>
    </message>
    <message>
        <source>Citizen ID:</source>
        <translation>Citizen ID:</translation>
    </message>
    <message>
        <source>Wish {rank}:</source>
        <translation>Wish {rank}:</translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
    <message>
        <source>the plan server cannot be reached</source>
        <translation>the plan server cannot be reached</translation>
    </message>
    <message>
        <source>the plan server refused the user name</source>
        <translation>the plan server refused the user name</translation>
    </message>
    <message>
        <source>the content of the file cannot be read as a plan</source>
        <translation>the content of the file cannot be read as a plan</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>another program is writing to the plan</source>
        <translation>another program is writing to the plan</translation>
    </message>
    <message>
        <source>the file or the disk is read-only</source>
        <translation>the file or the disk is read-only</translation>
    </message>
    <message>
        <source>the file cannot be opened where it is</source>
        <translation>the file cannot be opened where it is</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>the disk could not be read or written</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the file is open in another program (Excel?): close it and try again</source>
        <translation>the file is open in another program (Excel?): close it and try again</translation>
    </message>
    <message>
        <source>you have no permission to use this file or folder</source>
        <translation>you have no permission to use this file or folder</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>the file is not a real Excel workbook, or it is damaged</source>
        <translation>the file is not a real Excel workbook, or it is damaged</translation>
    </message>
    <message>
        <source>the file&apos;s characters cannot be read (unknown text encoding)</source>
        <translation>the file&apos;s characters cannot be read (unknown text encoding)</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>the computer ran out of memory</translation>
    </message>
    <message>
        <source>the work took too long and was stopped</source>
        <translation>the work took too long and was stopped</translation>
    </message>
    <message>
        <source>a technical error (see Details)</source>
        <translation>a technical error (see Details)</translation>
    </message>
    <message>
        <source>The work stopped: {reason}.</source>
        <translation>The work stopped: {reason}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the work. Press Details to see the technical information (send it with your report to whoever supports the program).</source>
        <translation>An unexpected error stopped the work. Press Details to see the technical information (send it with your report to whoever supports the program).</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <source>Plan settings</source>
        <translation>Plan settings</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Changes are written to the audit log and can be undone (Edit → Undo).</source>
        <translation>Changes are written to the audit log and can be undone (Edit → Undo).</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>PlanWatch</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Changed by {who}: reload</source>
        <translation>Changed by {who}: reload</translation>
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
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>column numbers</source>
        <translation>column numbers</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>subtotal</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>footer</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>Rows not read as data: {rows}</source>
        <translation>Rows not read as data: {rows}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Remove from the plan?</source>
        <translation>Remove from the plan?</translation>
    </message>
    <message>
        <source>This import removes {count} entries of the plan that the file does not list:</source>
        <translation>This import removes {count} entries of the plan that the file does not list:</translation>
    </message>
    <message>
        <source>Remove them? (The import can be undone with Edit › Undo.)</source>
        <translation>Remove them? (The import can be undone with Edit › Undo.)</translation>
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
    <name>QuotaDialog</name>
    <message>
        <source>Edit the posts</source>
        <translation>Edit the posts</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Specialty:</source>
        <translation>Specialty:</translation>
    </message>
    <message>
        <source>Posts:</source>
        <translation>Posts:</translation>
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
    <name>ReadOnlyMode</name>
    <message>
        <source>The plan is in use</source>
        <translation>The plan is in use</translation>
    </message>
    <message>
        <source>One plan has one writer at a time. Open it read-only? You can read, search and compare it, but not change it.</source>
        <translation>One plan has one writer at a time. Open it read-only? You can read, search and compare it, but not change it.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
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
        <source>Not movable: why</source>
        <translation>Not movable: why</translation>
    </message>
    <message>
        <source>Best first: exact specialty, volunteers, then the shortest distance. People the rules exempt (Decree 170/2025) are listed last, with the reason, and cannot be chosen.</source>
        <translation>Best first: exact specialty, volunteers, then the shortest distance. People the rules exempt (Decree 170/2025) are listed last, with the reason, and cannot be chosen.</translation>
    </message>
    <message>
        <source>If you choose {name}:</source>
        <translation>If you choose {name}:</translation>
    </message>
    <message>
        <source>• {name} loses the proposal to {unit} and stays in their unit.</source>
        <translation>• {name} loses the proposal to {unit} and stays in their unit.</translation>
    </message>
    <message>
        <source>• {name}&apos;s proposal to {unit} ({specialty}) is dropped: that post is left unfilled until you optimise the rest again.</source>
        <translation>• {name}&apos;s proposal to {unit} ({specialty}) is dropped: that post is left unfilled until you optimise the rest again.</translation>
    </message>
    <message>
        <source>• The post is filled; nothing else changes.</source>
        <translation>• The post is filled; nothing else changes.</translation>
    </message>
    <message>
        <source>• The move of {name} to {unit} is approved: withdraw its approval first.</source>
        <translation>• The move of {name} to {unit} is approved: withdraw its approval first.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the plan from a backup copy</source>
        <translation>Restore the plan from a backup copy</translation>
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
        <source>The plan&apos;s content is replaced by the copy you choose. The plan as it is now is copied first, so this can be undone.</source>
        <translation>The plan&apos;s content is replaced by the copy you choose. The plan as it is now is copied first, so this can be undone.</translation>
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
    <name>ReviewActions</name>
    <message>
        <source>Optimising…</source>
        <translation>Optimising…</translation>
    </message>
    <message>
        <source>Run {id}: {status}, {moves} moves, {unfilled} posts unfilled</source>
        <translation>Run {id}: {status}, {moves} moves, {unfilled} posts unfilled</translation>
    </message>
    <message>
        <source>Approved moves over the posts</source>
        <translation>Approved moves over the posts</translation>
    </message>
    <message>
        <source>The run is done. Approved moves are decisions and stay; check these units:</source>
        <translation>The run is done. Approved moves are decisions and stay; check these units:</translation>
    </message>
    <message>
        <source>Optimisation failed</source>
        <translation>Optimisation failed</translation>
    </message>
    <message>
        <source>Change an approved move</source>
        <translation>Change an approved move</translation>
    </message>
    <message>
        <source>The move of {name} to {unit} is approved: it is a decision and is not changed silently. Withdraw its approval first (you give the reason), then choose another person?</source>
        <translation>The move of {name} to {unit} is approved: it is a decision and is not changed silently. Withdraw its approval first (you give the reason), then choose another person?</translation>
    </message>
    <message>
        <source>Optimise the rest?</source>
        <translation>Optimise the rest?</translation>
    </message>
    <message>
        <source>The change is made and locked. Optimise the rest again now? Locked and approved moves stay; a post left unfilled may be filled.</source>
        <translation>The change is made and locked. Optimise the rest again now? Locked and approved moves stay; a post left unfilled may be filled.</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Compare runs</translation>
    </message>
    <message>
        <source>Two runs are needed to compare.</source>
        <translation>Two runs are needed to compare.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
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
        <source>Since last run</source>
        <translation>Since last run</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>wish {rank}</source>
        <translation>wish {rank}</translation>
    </message>
    <message>
        <source>Wish {rank} granted</source>
        <translation>Wish {rank} granted</translation>
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
        <source>Wishes not granted</source>
        <translation>Wishes not granted</translation>
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
        <source> · wishes granted {granted} (score {score}) · kept from the last run {kept}</source>
        <translation> · wishes granted {granted} (score {score}) · kept from the last run {kept}</translation>
    </message>
    <message>
        <source>Decide on proposals</source>
        <translation>Decide on proposals</translation>
    </message>
    <message>
        <source>Set {count} proposals to “{status}”?</source>
        <translation>Set {count} proposals to “{status}”?</translation>
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
    <message>
        <source>Wish {rank} granted.</source>
        <translation>Wish {rank} granted.</translation>
    </message>
    <message>
        <source>Kept from the last run.</source>
        <translation>Kept from the last run.</translation>
    </message>
</context>
<context>
    <name>RoleGuard</name>
    <message>
        <source>full rights</source>
        <translation>full rights</translation>
    </message>
    <message>
        <source>planner</source>
        <translation>planner</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>approver</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>Your role on this shared plan ({role}) may not do this.</source>
        <translation>Your role on this shared plan ({role}) may not do this.</translation>
    </message>
    <message>
        <source>Signed in as {login} ({role})</source>
        <translation>Signed in as {login} ({role})</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <source>Remove the person…</source>
        <translation>Remove the person…</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Cannot save this person</source>
        <translation>Cannot save this person</translation>
    </message>
    <message>
        <source>Remove {name} ({id}) from the plan, with their proposed moves?</source>
        <translation>Remove {name} ({id}) from the plan, with their proposed moves?</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Remove a person</translation>
    </message>
    <message>
        <source>Cannot remove this person</source>
        <translation>Cannot remove this person</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <source>Cannot change this unit</source>
        <translation>Cannot change this unit</translation>
    </message>
    <message>
        <source>Cannot change the posts</source>
        <translation>Cannot change the posts</translation>
    </message>
    <message>
        <source>Edit the posts</source>
        <translation>Edit the posts</translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>Secondments ending soon…</source>
        <translation>Secondments ending soon…</translation>
    </message>
    <message>
        <source>&amp;Rounds…</source>
        <translation>&amp;Rounds…</translation>
    </message>
    <message>
        <source>Remaining &amp;needs…</source>
        <translation>Remaining &amp;needs…</translation>
    </message>
    <message>
        <source>&amp;Exemption from transfer…</source>
        <translation>&amp;Exemption from transfer…</translation>
    </message>
    <message>
        <source>Legal basis of the exemptions…</source>
        <translation>Legal basis of the exemptions…</translation>
    </message>
    <message>
        <source>Transfer or &amp;secondment…</source>
        <translation>Transfer or &amp;secondment…</translation>
    </message>
    <message>
        <source>Round {number} started.</source>
        <translation>Round {number} started.</translation>
    </message>
    <message>
        <source>Choose a person in the Staff tab first.</source>
        <translation>Choose a person in the Staff tab first.</translation>
    </message>
    <message>
        <source>Cannot record the exemption</source>
        <translation>Cannot record the exemption</translation>
    </message>
    <message>
        <source>Exemption of {name}</source>
        <translation>Exemption of {name}</translation>
    </message>
    <message>
        <source>Cannot save the legal basis</source>
        <translation>Cannot save the legal basis</translation>
    </message>
    <message>
        <source>Choose proposals in the Proposals tab first.</source>
        <translation>Choose proposals in the Proposals tab first.</translation>
    </message>
    <message>
        <source>Cannot change the proposals</source>
        <translation>Cannot change the proposals</translation>
    </message>
    <message numerus="yes">
        <source>Transfer or secondment: %n proposal(s)</source>
        <translation>
            <numerusform>Transfer or secondment: %n proposal(s)</numerusform>
            <numerusform>Transfer or secondment: %n proposal(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the plan&apos;s default</source>
        <translation>Cannot change the plan&apos;s default</translation>
    </message>
</context>
<context>
    <name>RoundsDialog</name>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (current)</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Secondments</source>
        <translation>Secondments</translation>
    </message>
    <message>
        <source>Posts left unfilled</source>
        <translation>Posts left unfilled</translation>
    </message>
    <message>
        <source>Name of the next round (optional)</source>
        <translation>Name of the next round (optional)</translation>
    </message>
    <message>
        <source>Start the next round</source>
        <translation>Start the next round</translation>
    </message>
    <message>
        <source>The approved moves of a round are decisions: the next round counts each person at the new unit and never moves them again. A new round starts from an empty proposal list.</source>
        <translation>The approved moves of a round are decisions: the next round counts each person at the new unit and never moves them again. A new round starts from an empty proposal list.</translation>
    </message>
    <message>
        <source>All rounds together: {approved} approved ({transfers} transfers, {secondments} secondments)</source>
        <translation>All rounds together: {approved} approved ({transfers} transfers, {secondments} secondments)</translation>
    </message>
    <message>
        <source>Cannot start the next round</source>
        <translation>Cannot start the next round</translation>
    </message>
</context>
<context>
    <name>RunChangesLine</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>other destination</source>
        <translation>other destination</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Compared with the previous run ({run}): +{new} new, −{gone} dropped, {moved} to another destination, {kept} unchanged</source>
        <translation>Compared with the previous run ({run}): +{new} new, −{gone} dropped, {moved} to another destination, {kept} unchanged</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Dropped since the previous run:</source>
        <translation>Dropped since the previous run:</translation>
    </message>
    <message>
        <source>Previously: {unit}</source>
        <translation>Previously: {unit}</translation>
    </message>
</context>
<context>
    <name>SecondmentsDialog</name>
    <message>
        <source>Secondments ending soon</source>
        <translation>Secondments ending soon</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Seconded from</source>
        <translation>Seconded from</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Term (months)</source>
        <translation>Term (months)</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Ending within the next</source>
        <translation>Ending within the next</translation>
    </message>
    <message numerus="yes">
        <source>%n secondment(s) end in this time.</source>
        <translation>
            <numerusform>%n secondment(s) end in this time.</numerusform>
            <numerusform>%n secondment(s) end in this time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the secondments ending soon</source>
        <translation>Export the secondments ending soon</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Document details…</source>
        <translation>&amp;Document details…</translation>
    </message>
    <message>
        <source>Optimisation &amp;policy…</source>
        <translation>Optimisation &amp;policy…</translation>
    </message>
    <message>
        <source>Change {count} setting(s)</source>
        <translation>Change {count} setting(s)</translation>
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
        <source>Wishes</source>
        <translation>Wishes</translation>
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
    <name>StaleWatch</name>
    <message>
        <source>Run {id} is out of date: {count} change(s) since it was made (data, decisions). &lt;a href=&quot;{link}&quot;&gt;Optimise again&lt;/a&gt;</source>
        <translation>Run {id} is out of date: {count} change(s) since it was made (data, decisions). &lt;a href=&quot;{link}&quot;&gt;Optimise again&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Quick tour: a round in five steps</source>
        <translation>Quick tour: a round in five steps</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Show me</translation>
    </message>
    <message>
        <source>Full user guide</source>
        <translation>Full user guide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import the data</source>
        <translation>Import the data</translation>
    </message>
    <message>
        <source>Start from the demo plan, or create your own (File → New empty plan) and import the files the communes send: Data → Import data (Ctrl+I). Excel, ODS or CSV, in the shape they come: the wizard finds the columns, marks every cell with a problem, and writes nothing until you press Import.</source>
        <translation>Start from the demo plan, or create your own (File → New empty plan) and import the files the communes send: Data → Import data (Ctrl+I). Excel, ODS or CSV, in the shape they come: the wizard finds the columns, marks every cell with a problem, and writes nothing until you press Import.</translation>
    </message>
    <message>
        <source>See the balance</source>
        <translation>See the balance</translation>
    </message>
    <message>
        <source>The Balance tab and the map show, unit by unit and specialty by specialty, where posts are short (red) and where people are in surplus (blue). Click a commune on the map to find it in the tables; the Overview tab sums it all up.</source>
        <translation>The Balance tab and the map show, unit by unit and specialty by specialty, where posts are short (red) and where people are in surplus (blue). Click a commune on the map to find it in the tables; the Overview tab sums it all up.</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>Optimise</translation>
    </message>
    <message>
        <source>Optimise (F5) first shows the policy: the distance limit, the receiving regions and their priority, which specialties may fill which posts. Then it proposes who moves where: as many short posts filled as possible, journeys from home kept short and fair, no unit left below its quota.</source>
        <translation>Optimise (F5) first shows the policy: the distance limit, the receiving regions and their priority, which specialties may fill which posts. Then it proposes who moves where: as many short posts filled as possible, journeys from home kept short and fair, no unit left below its quota.</translation>
    </message>
    <message>
        <source>Review the proposals</source>
        <translation>Review the proposals</translation>
    </message>
    <message>
        <source>On the Proposals tab every move says why it was chosen, and every post left unfilled says why. Accept, reject or lock proposals, or change the person on a post by hand; lock what you want to keep and optimise again for the rest. Ctrl+Z undoes a change.</source>
        <translation>On the Proposals tab every move says why it was chosen, and every post left unfilled says why. Accept, reject or lock proposals, or change the person on a post by hand; lock what you want to keep and optimise again for the rest. Ctrl+Z undoes a change.</translation>
    </message>
    <message>
        <source>Approve and export</source>
        <translation>Approve and export</translation>
    </message>
    <message>
        <source>Approve the moves you agree with (Plan menu), then use the Export menu: the transfer list in Excel and the decision drafts in PDF or Word, with a print preview first. The program proposes; you decide.</source>
        <translation>Approve the moves you agree with (Plan menu), then use the Export menu: the transfer list in Excel and the decision drafts in PDF or Word, with a print preview first. The program proposes; you decide.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Step {number} of {steps}: {title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Step {number} of {steps}: {title}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Start working</translation>
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
    <name>UnitDialog</name>
    <message>
        <source>Edit a unit</source>
        <translation>Edit a unit</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Sending cap:</source>
        <translation>Sending cap:</translation>
    </message>
    <message>
        <source>The sending cap is this unit&apos;s own; the policy&apos;s sending quota may set a lower one.</source>
        <translation>The sending cap is this unit&apos;s own; the policy&apos;s sending quota may set a lower one.</translation>
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
        <source>Sending cap</source>
        <translation>Sending cap</translation>
    </message>
    <message>
        <source>At most this many people leave the unit (empty: no cap of its own)</source>
        <translation>At most this many people leave the unit (empty: no cap of its own)</translation>
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
    <name>WindowMenus</name>
    <message>
        <source>Main</source>
        <translation>Main</translation>
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
        <source>&amp;Quotas</source>
        <translation>&amp;Quotas</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Balance</translation>
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
</context>
<context>
    <name>WishesPanel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <source>Why not granted</source>
        <translation>Why not granted</translation>
    </message>
    <message>
        <source>Sent instead to</source>
        <translation>Sent instead to</translation>
    </message>
    <message>
        <source>{count} volunteers whose wishes were not granted</source>
        <translation>{count} volunteers whose wishes were not granted</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s wish is granted, or no one named a wish.</source>
        <translation>Every volunteer&apos;s wish is granted, or no one named a wish.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw approval</source>
        <translation>Withdraw approval</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Withdraw the approval of {count} move(s)? They go back to accepted: kept in the plan, but out of the decisions to be signed.</source>
        <translation>Withdraw the approval of {count} move(s)? They go back to accepted: kept in the plan, but out of the decisions to be signed.</translation>
    </message>
    <message>
        <source>For example: the person&apos;s family situation changed</source>
        <translation>For example: the person&apos;s family situation changed</translation>
    </message>
    <message>
        <source>Reason (required, written to the audit log):</source>
        <translation>Reason (required, written to the audit log):</translation>
    </message>
</context>
<context>
    <name>ambiguous_unit</name>
    <message>
        <source>«{value}» could be: {names}; write the unit&apos;s full name (Xã/Phường …) or its code</source>
        <translation>«{value}» could be: {names}; write the unit&apos;s full name (Xã/Phường …) or its code</translation>
    </message>
</context>
<context>
    <name>approve_which</name>
    <message>
        <source>Name the moves to approve, or approve all of them.</source>
        <translation>Name the moves to approve, or approve all of them.</translation>
    </message>
</context>
<context>
    <name>approved_is_final</name>
    <message>
        <source>An approved move cannot be changed.</source>
        <translation>An approved move cannot be changed.</translation>
    </message>
</context>
<context>
    <name>approved_over_cap</name>
    <message>
        <source>{unit}: {approved} approved moves leave this unit, more than its sending quota of {cap}; no one else is sent from it. Withdraw an approval (with its reason) or raise the quota.</source>
        <translation>{unit}: {approved} approved moves leave this unit, more than its sending quota of {cap}; no one else is sent from it. Withdraw an approval (with its reason) or raise the quota.</translation>
    </message>
</context>
<context>
    <name>approved_over_posts</name>
    <message>
        <source>{unit}, {specialty}: with the approved moves of {people} the unit has {count} people for {posts} posts. Withdraw an approval (with its reason) or raise the posts.</source>
        <translation>{unit}, {specialty}: with the approved moves of {people} the unit has {count} people for {posts} posts. Withdraw an approval (with its reason) or raise the posts.</translation>
    </message>
</context>
<context>
    <name>audit_append_only</name>
    <message>
        <source>The audit log is append-only: events cannot be changed or deleted.</source>
        <translation>The audit log is append-only: events cannot be changed or deleted.</translation>
    </message>
</context>
<context>
    <name>audit_approval_missing</name>
    <message>
        <source>Run {run}, move #{move}: staff {staff} is approved but no approval of it is in the audit log</source>
        <translation>Run {run}, move #{move}: staff {staff} is approved but no approval of it is in the audit log</translation>
    </message>
</context>
<context>
    <name>audit_content_changed</name>
    <message>
        <source>Audit event #{event} ({action}) was changed after it was written</source>
        <translation>Audit event #{event} ({action}) was changed after it was written</translation>
    </message>
</context>
<context>
    <name>audit_guard_missing</name>
    <message>
        <source>The database no longer refuses changes to the audit log (trigger {trigger} is missing)</source>
        <translation>The database no longer refuses changes to the audit log (trigger {trigger} is missing)</translation>
    </message>
</context>
<context>
    <name>audit_link_broken</name>
    <message>
        <source>Audit event #{event} ({action}) does not follow the event before it: an event was removed or inserted there</source>
        <translation>Audit event #{event} ({action}) does not follow the event before it: an event was removed or inserted there</translation>
    </message>
</context>
<context>
    <name>audit_not_chained</name>
    <message>
        <source>Audit event #{event} ({action}) has no hash: it was not written by CQ2C Planner</source>
        <translation>Audit event #{event} ({action}) has no hash: it was not written by CQ2C Planner</translation>
    </message>
</context>
<context>
    <name>audit_unreadable</name>
    <message>
        <source>Cannot read the audit log: {reason}</source>
        <translation>Cannot read the audit log: {reason}</translation>
    </message>
</context>
<context>
    <name>backup_before_approve</name>
    <message>
        <source>before an approval (command line)</source>
        <translation>before an approval (command line)</translation>
    </message>
</context>
<context>
    <name>backup_before_approve_count</name>
    <message>
        <source>before approving {count} move(s)</source>
        <translation>before approving {count} move(s)</translation>
    </message>
</context>
<context>
    <name>backup_before_import</name>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
</context>
<context>
    <name>backup_before_import_file</name>
    <message>
        <source>before importing the file {file}</source>
        <translation>before importing the file {file}</translation>
    </message>
</context>
<context>
    <name>backup_before_restore</name>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
</context>
<context>
    <name>backup_before_solve</name>
    <message>
        <source>before an optimisation (command line)</source>
        <translation>before an optimisation (command line)</translation>
    </message>
</context>
<context>
    <name>backup_before_upgrade</name>
    <message>
        <source>before the plan was upgraded</source>
        <translation>before the plan was upgraded</translation>
    </message>
</context>
<context>
    <name>backup_before_withdraw</name>
    <message>
        <source>before withdrawing an approval</source>
        <translation>before withdrawing an approval</translation>
    </message>
</context>
<context>
    <name>backup_damaged</name>
    <message>
        <source>The backup copy is damaged: {copy}: {reason}</source>
        <translation>The backup copy is damaged: {copy}: {reason}</translation>
    </message>
</context>
<context>
    <name>backup_is_the_plan</name>
    <message>
        <source>The copy is the plan file itself.</source>
        <translation>The copy is the plan file itself.</translation>
    </message>
</context>
<context>
    <name>backup_not_found</name>
    <message>
        <source>Backup copy not found: {path}</source>
        <translation>Backup copy not found: {path}</translation>
    </message>
</context>
<context>
    <name>backup_not_taken</name>
    <message>
        <source>Could not take a backup copy: {reason}</source>
        <translation>Could not take a backup copy: {reason}</translation>
    </message>
</context>
<context>
    <name>backup_open</name>
    <message>
        <source>when the plan was opened</source>
        <translation>when the plan was opened</translation>
    </message>
</context>
<context>
    <name>backup_other</name>
    <message>
        <source>before: {work}</source>
        <translation>before: {work}</translation>
    </message>
</context>
<context>
    <name>backup_unreadable</name>
    <message>
        <source>The backup copy cannot be read: {copy}: {reason}</source>
        <translation>The backup copy cannot be read: {copy}: {reason}</translation>
    </message>
</context>
<context>
    <name>backups_need_plan_file</name>
    <message>
        <source>Only plan files have backup copies; back up a PostgreSQL plan with pg_dump.</source>
        <translation>Only plan files have backup copies; back up a PostgreSQL plan with pg_dump.</translation>
    </message>
</context>
<context>
    <name>bad_cccd</name>
    <message>
        <source>Citizen ID «{value}» must have 12 digits</source>
        <translation>Citizen ID «{value}» must have 12 digits</translation>
    </message>
</context>
<context>
    <name>bad_date</name>
    <message>
        <source>Not a date: «{value}»</source>
        <translation>Not a date: «{value}»</translation>
    </message>
    <message>
        <source>Not a date: «{value}» (use dd/mm/yyyy)</source>
        <translation>Not a date: «{value}» (use dd/mm/yyyy)</translation>
    </message>
</context>
<context>
    <name>bad_flag</name>
    <message>
        <source>«{value}» must be x/yes or blank/no</source>
        <translation>«{value}» must be x/yes or blank/no</translation>
    </message>
</context>
<context>
    <name>bad_gender</name>
    <message>
        <source>Gender «{value}» must be Nam (male) or Nữ (female)</source>
        <translation>Gender «{value}» must be Nam (male) or Nữ (female)</translation>
    </message>
</context>
<context>
    <name>bad_kind</name>
    <message>
        <source>Unit kind «{value}» must be xã, phường or đặc khu</source>
        <translation>Unit kind «{value}» must be xã, phường or đặc khu</translation>
    </message>
</context>
<context>
    <name>bad_mapping</name>
    <message>
        <source>Cannot read the mapping «{value}» (write &quot;Column X=field&quot;)</source>
        <translation>Cannot read the mapping «{value}» (write &quot;Column X=field&quot;)</translation>
    </message>
</context>
<context>
    <name>bad_number</name>
    <message>
        <source>«{value}» is not a number</source>
        <translation>«{value}» is not a number</translation>
    </message>
</context>
<context>
    <name>bad_region</name>
    <message>
        <source>Unknown region «{value}»; use highland, mountain, lowland, coastal or urban</source>
        <translation>Unknown region «{value}»; use highland, mountain, lowland, coastal or urban</translation>
    </message>
</context>
<context>
    <name>cancelled</name>
    <message>
        <source>Cancelled; nothing was changed or written.</source>
        <translation>Cancelled; nothing was changed or written.</translation>
    </message>
</context>
<context>
    <name>cccd_taken</name>
    <message>
        <source>This citizen ID already belongs to staff {owner} in the plan: correct it, or use that person&apos;s id</source>
        <translation>This citizen ID already belongs to staff {owner} in the plan: correct it, or use that person&apos;s id</translation>
    </message>
</context>
<context>
    <name>changed_by</name>
    <message>
        <source>{row} was changed by {who}</source>
        <translation>{row} was changed by {who}</translation>
    </message>
</context>
<context>
    <name>changed_by_at</name>
    <message>
        <source>{row} was changed by {who} at {at}</source>
        <translation>{row} was changed by {who} at {at}</translation>
    </message>
</context>
<context>
    <name>check_cccd_duplicate</name>
    <message>
        <source>The same citizen ID {cccd} belongs to {staff}</source>
        <translation>The same citizen ID {cccd} belongs to {staff}</translation>
    </message>
</context>
<context>
    <name>check_cccd_format</name>
    <message>
        <source>Staff {staff}: citizen ID {cccd} is not 12 digits</source>
        <translation>Staff {staff}: citizen ID {cccd} is not 12 digits</translation>
    </message>
</context>
<context>
    <name>check_damaged</name>
    <message>
        <source>The file is damaged: {reason}</source>
        <translation>The file is damaged: {reason}</translation>
    </message>
</context>
<context>
    <name>check_deficit</name>
    <message>
        <source>Run {run}: {count} {specialty} posts filled at {unit}, its deficit is {deficit}</source>
        <translation>Run {run}: {count} {specialty} posts filled at {unit}, its deficit is {deficit}</translation>
    </message>
</context>
<context>
    <name>check_foreign_key</name>
    <message>
        <source>Table {table}, row {row}: refers to a missing {parent} row</source>
        <translation>Table {table}, row {row}: refers to a missing {parent} row</translation>
    </message>
</context>
<context>
    <name>check_moved_twice</name>
    <message>
        <source>Run {run}: staff {staff} has {count} moves</source>
        <translation>Run {run}: staff {staff} has {count} moves</translation>
    </message>
</context>
<context>
    <name>check_no_run</name>
    <message>
        <source>No such run: {run}</source>
        <translation>No such run: {run}</translation>
    </message>
</context>
<context>
    <name>check_not_a_database</name>
    <message>
        <source>Cannot open the file (not a database): {reason}</source>
        <translation>Cannot open the file (not a database): {reason}</translation>
    </message>
</context>
<context>
    <name>check_not_movable</name>
    <message>
        <source>Run {run}, move #{move}: staff {staff} is not movable</source>
        <translation>Run {run}, move #{move}: staff {staff} is not movable</translation>
    </message>
</context>
<context>
    <name>check_own_unit</name>
    <message>
        <source>Run {run}, move #{move}: moves to the person&apos;s own unit</source>
        <translation>Run {run}, move #{move}: moves to the person&apos;s own unit</translation>
    </message>
</context>
<context>
    <name>check_run_stale</name>
    <message>
        <source>Run {run}, move #{move}: staff {staff} is now in {now}, not {before} (the roster changed after the run)</source>
        <translation>Run {run}, move #{move}: staff {staff} is now in {now}, not {before} (the roster changed after the run)</translation>
    </message>
</context>
<context>
    <name>check_settings</name>
    <message>
        <source>The plan settings cannot be read: {reason}</source>
        <translation>The plan settings cannot be read: {reason}</translation>
    </message>
</context>
<context>
    <name>check_specialty</name>
    <message>
        <source>Run {run}, move #{move}: specialty {specialty} does not match a {post} post</source>
        <translation>Run {run}, move #{move}: specialty {specialty} does not match a {post} post</translation>
    </message>
</context>
<context>
    <name>check_surplus</name>
    <message>
        <source>Run {run}: {count} {specialty} staff leave {unit}, its surplus is {surplus}</source>
        <translation>Run {run}: {count} {specialty} staff leave {unit}, its surplus is {surplus}</translation>
    </message>
</context>
<context>
    <name>check_unit_without_quota</name>
    <message>
        <source>Unit {unit} has {count} staff but no posts</source>
        <translation>Unit {unit} has {count} staff but no posts</translation>
    </message>
</context>
<context>
    <name>check_unknown_reference</name>
    <message>
        <source>{what} {row}: {column} = {value} is not in the plan</source>
        <translation>{what} {row}: {column} = {value} is not in the plan</translation>
    </message>
</context>
<context>
    <name>check_unreadable</name>
    <message>
        <source>Cannot read the plan: {reason}</source>
        <translation>Cannot read the plan: {reason}</translation>
    </message>
</context>
<context>
    <name>child_process_stopped</name>
    <message>
        <source>The worker process stopped unexpectedly (exit code {code}).</source>
        <translation>The worker process stopped unexpectedly (exit code {code}).</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <source>Conflict: {changes} since you read it. Your change was NOT saved; reload and try again.</source>
        <translation>Conflict: {changes} since you read it. Your change was NOT saved; reload and try again.</translation>
    </message>
</context>
<context>
    <name>conflict_more</name>
    <message>
        <source>Conflict: {changes} and {more} more {what} since you read it. Your change was NOT saved; reload and try again.</source>
        <translation>Conflict: {changes} and {more} more {what} since you read it. Your change was NOT saved; reload and try again.</translation>
    </message>
</context>
<context>
    <name>conflict_move</name>
    <message>
        <source>move #{id} ({name})</source>
        <translation>move #{id} ({name})</translation>
    </message>
</context>
<context>
    <name>conflict_person</name>
    <message>
        <source>staff {id} ({name})</source>
        <translation>staff {id} ({name})</translation>
    </message>
</context>
<context>
    <name>conflict_race</name>
    <message>
        <source>Conflict: someone else changed the same {what} at the same moment. Your change was NOT saved; reload and try again.</source>
        <translation>Conflict: someone else changed the same {what} at the same moment. Your change was NOT saved; reload and try again.</translation>
    </message>
</context>
<context>
    <name>copy_failed</name>
    <message>
        <source>Copy failed: {reason}</source>
        <translation>Copy failed: {reason}</translation>
    </message>
</context>
<context>
    <name>copy_needs_plan_file</name>
    <message>
        <source>Only a plan file can be copied this way.</source>
        <translation>Only a plan file can be copied this way.</translation>
    </message>
</context>
<context>
    <name>copy_same_plan</name>
    <message>
        <source>Source and target are the same plan.</source>
        <translation>Source and target are the same plan.</translation>
    </message>
</context>
<context>
    <name>copy_table</name>
    <message>
        <source>Copying {table}</source>
        <translation>Copying {table}</translation>
    </message>
</context>
<context>
    <name>copy_target_exists</name>
    <message>
        <source>The target file exists; it is replaced only when asked to: {path}</source>
        <translation>The target file exists; it is replaced only when asked to: {path}</translation>
    </message>
</context>
<context>
    <name>copy_target_not_empty</name>
    <message>
        <source>The target already holds data; it is replaced only when asked to.</source>
        <translation>The target already holds data; it is replaced only when asked to.</translation>
    </message>
</context>
<context>
    <name>date_order_conflict</name>
    <message>
        <source>Date «{value}» is written month first, but this file writes dates day first (e.g. «{example}»); write every date as dd/mm/yyyy</source>
        <translation>Date «{value}» is written month first, but this file writes dates day first (e.g. «{example}»); write every date as dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Date «{value}» is written day first, but this file writes dates month first (e.g. «{example}»); write every date in one order</source>
        <translation>Date «{value}» is written day first, but this file writes dates month first (e.g. «{example}»); write every date in one order</translation>
    </message>
</context>
<context>
    <name>date_order_day_first</name>
    <message>
        <source>Dates are read day/month/year: {count} dates can only be read so (e.g. «{example}», row {row} of {sheet})</source>
        <translation>Dates are read day/month/year: {count} dates can only be read so (e.g. «{example}», row {row} of {sheet})</translation>
    </message>
</context>
<context>
    <name>date_order_mixed</name>
    <message>
        <source>The file writes dates both ways ({day} day first, {month} month first): the rows written the other way are errors; write every date as dd/mm/yyyy</source>
        <translation>The file writes dates both ways ({day} day first, {month} month first): the rows written the other way are errors; write every date as dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>date_order_month_first</name>
    <message>
        <source>Dates are read month/day/year, as the file writes them: {count} dates can only be read so (e.g. «{example}», row {row} of {sheet})</source>
        <translation>Dates are read month/day/year, as the file writes them: {count} dates can only be read so (e.g. «{example}», row {row} of {sheet})</translation>
    </message>
</context>
<context>
    <name>decision_step</name>
    <message>
        <source>Decision: {name}</source>
        <translation>Decision: {name}</translation>
    </message>
</context>
<context>
    <name>decision_step_many</name>
    <message>
        <source>Decision for {count} people</source>
        <translation>Decision for {count} people</translation>
    </message>
</context>
<context>
    <name>decisions_format</name>
    <message>
        <source>Decisions must be written as .pdf or .docx: {path}</source>
        <translation>Decisions must be written as .pdf or .docx: {path}</translation>
    </message>
</context>
<context>
    <name>degree_not_field</name>
    <message>
        <source>«{value}» is a degree level, not a field of study; write the field (Kế toán, Luật …) or choose the column that holds it</source>
        <translation>«{value}» is a degree level, not a field of study; write the field (Kế toán, Luật …) or choose the column that holds it</translation>
    </message>
</context>
<context>
    <name>demo_finishing</name>
    <message>
        <source>Finishing</source>
        <translation>Finishing</translation>
    </message>
</context>
<context>
    <name>demo_generating</name>
    <message>
        <source>Generating synthetic staff</source>
        <translation>Generating synthetic staff</translation>
    </message>
</context>
<context>
    <name>demo_units_unreadable</name>
    <message>
        <source>Cannot read the unit list {path}: {reason}</source>
        <translation>Cannot read the unit list {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>demo_writing</name>
    <message>
        <source>Writing the plan file</source>
        <translation>Writing the plan file</translation>
    </message>
</context>
<context>
    <name>derived_ids</name>
    <message>
        <source>No staff id column: {count} ids were made from the citizen ID or the name and birth date</source>
        <translation>No staff id column: {count} ids were made from the citizen ID or the name and birth date</translation>
    </message>
</context>
<context>
    <name>document_settings_missing</name>
    <message>
        <source>Cannot write a signable document: {gaps}. Enter these document settings of the plan, or write a draft whose missing values are dotted lines to fill in by hand.</source>
        <translation>Cannot write a signable document: {gaps}. Enter these document settings of the plan, or write a draft whose missing values are dotted lines to fill in by hand.</translation>
    </message>
</context>
<context>
    <name>done</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>duplicate_cccd</name>
    <message>
        <source>Same citizen ID as row {row} of sheet {sheet}: each person once, with their own citizen ID</source>
        <translation>Same citizen ID as row {row} of sheet {sheet}: each person once, with their own citizen ID</translation>
    </message>
</context>
<context>
    <name>duplicate_id</name>
    <message>
        <source>Same staff id as row {row} of sheet {sheet}: each person once, with their own id</source>
        <translation>Same staff id as row {row} of sheet {sheet}: each person once, with their own id</translation>
    </message>
</context>
<context>
    <name>duplicate_row</name>
    <message>
        <source>Duplicates row {row} ({key}): keep one of the two rows</source>
        <translation>Duplicates row {row} ({key}): keep one of the two rows</translation>
    </message>
</context>
<context>
    <name>empty_sheet</name>
    <message>
        <source>{file} [{sheet}] is empty: nothing was imported; check that this is the file you meant</source>
        <translation>{file} [{sheet}] is empty: nothing was imported; check that this is the file you meant</translation>
    </message>
</context>
<context>
    <name>exemption_date_future</name>
    <message>
        <source>The evidence is dated {date}, after today.</source>
        <translation>The evidence is dated {date}, after today.</translation>
    </message>
</context>
<context>
    <name>exemption_no_volunteer</name>
    <message>
        <source>«{reason}»: the decree allows no volunteer override for this group; the person cannot be moved.</source>
        <translation>«{reason}»: the decree allows no volunteer override for this group; the person cannot be moved.</translation>
    </message>
</context>
<context>
    <name>exemption_note_long</name>
    <message>
        <source>The note of the evidence is longer than 500 characters.</source>
        <translation>The note of the evidence is longer than 500 characters.</translation>
    </message>
</context>
<context>
    <name>field_not_editable</name>
    <message>
        <source>This field cannot be edited: {field}</source>
        <translation>This field cannot be edited: {field}</translation>
    </message>
</context>
<context>
    <name>file_damaged</name>
    <message>
        <source>{file} is damaged and cannot be read ({reason}); ask the sender for the file again.</source>
        <translation>{file} is damaged and cannot be read ({reason}); ask the sender for the file again.</translation>
    </message>
</context>
<context>
    <name>file_exists</name>
    <message>
        <source>The file already exists: {path}</source>
        <translation>The file already exists: {path}</translation>
    </message>
</context>
<context>
    <name>file_not_a_spreadsheet</name>
    <message>
        <source>{file} is not a spreadsheet the importer can read ({reason}); save it from Excel as .xlsx and import that.</source>
        <translation>{file} is not a spreadsheet the importer can read ({reason}); save it from Excel as .xlsx and import that.</translation>
    </message>
</context>
<context>
    <name>file_packed_too_tightly</name>
    <message>
        <source>Part {part} of {file} is packed abnormally tightly (it may be a zip bomb).</source>
        <translation>Part {part} of {file} is packed abnormally tightly (it may be a zip bomb).</translation>
    </message>
</context>
<context>
    <name>file_password</name>
    <message>
        <source>{file} is protected with a password; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.</source>
        <translation>{file} is protected with a password; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.</translation>
    </message>
</context>
<context>
    <name>file_too_large</name>
    <message>
        <source>{file} is {size}, over the {limit} limit.</source>
        <translation>{file} is {size}, over the {limit} limit.</translation>
    </message>
</context>
<context>
    <name>file_too_many_parts</name>
    <message>
        <source>{file} has too many parts ({count}).</source>
        <translation>{file} has too many parts ({count}).</translation>
    </message>
</context>
<context>
    <name>file_unit_unknown</name>
    <message>
        <source>The unit for the whole file: {reason}</source>
        <translation>The unit for the whole file: {reason}</translation>
    </message>
</context>
<context>
    <name>file_unpacks_too_large</name>
    <message>
        <source>{file} unpacks to {size}, over the {limit} limit (it may be a zip bomb).</source>
        <translation>{file} unpacks to {size}, over the {limit} limit (it may be a zip bomb).</translation>
    </message>
</context>
<context>
    <name>file_unreadable</name>
    <message>
        <source>Cannot read the file {file}: {reason}</source>
        <translation>Cannot read the file {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>file_xml_declaration</name>
    <message>
        <source>{file} holds an XML declaration Office never writes ({part}; it may be an XML bomb).</source>
        <translation>{file} holds an XML declaration Office never writes ({part}; it may be an XML bomb).</translation>
    </message>
</context>
<context>
    <name>font_missing</name>
    <message>
        <source>Missing font {path}: {reason}</source>
        <translation>Missing font {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>font_unloadable</name>
    <message>
        <source>Cannot load font {path}</source>
        <translation>Cannot load font {path}</translation>
    </message>
</context>
<context>
    <name>fonts_need_gui</name>
    <message>
        <source>A QGuiApplication is needed to render text.</source>
        <translation>A QGuiApplication is needed to render text.</translation>
    </message>
</context>
<context>
    <name>formula_without_value</name>
    <message>
        <source>The cell holds a formula saved without its result; open the file in Excel, let it calculate and save it again (or paste the column as values)</source>
        <translation>The cell holds a formula saved without its result; open the file in Excel, let it calculate and save it again (or paste the column as values)</translation>
    </message>
</context>
<context>
    <name>formulas_worked_out</name>
    <message>
        <source>{count} cells held formulas saved without their result; they were worked out here (e.g. {formula} → «{value}»); check them, or let Excel calculate and save the file</source>
        <translation>{count} cells held formulas saved without their result; they were worked out here (e.g. {formula} → «{value}»); check them, or let Excel calculate and save the file</translation>
    </message>
</context>
<context>
    <name>genders_differ</name>
    <message>
        <source>The gender column says {said}, but the row is marked {marked}: correct one of them</source>
        <translation>The gender column says {said}, but the row is marked {marked}: correct one of them</translation>
    </message>
</context>
<context>
    <name>gone_better</name>
    <message>
        <source>the optimiser found a better plan without this move</source>
        <translation>the optimiser found a better plan without this move</translation>
    </message>
</context>
<context>
    <name>gone_moved_unit</name>
    <message>
        <source>now works in another unit</source>
        <translation>now works in another unit</translation>
    </message>
</context>
<context>
    <name>gone_not_in_plan</name>
    <message>
        <source>no longer in the plan</source>
        <translation>no longer in the plan</translation>
    </message>
</context>
<context>
    <name>gone_not_movable</name>
    <message>
        <source>no longer movable</source>
        <translation>no longer movable</translation>
    </message>
</context>
<context>
    <name>gone_rejected</name>
    <message>
        <source>rejected by the officer in the previous run</source>
        <translation>rejected by the officer in the previous run</translation>
    </message>
</context>
<context>
    <name>ids_without_zeros</name>
    <message>
        <source>{count} staff ids matched the plan&apos;s ids written with leading zeros (e.g. {file} → {plan})</source>
        <translation>{count} staff ids matched the plan&apos;s ids written with leading zeros (e.g. {file} → {plan})</translation>
    </message>
</context>
<context>
    <name>implausible_birth_date</name>
    <message>
        <source>Birth date {date} is not plausible (age {age})</source>
        <translation>Birth date {date} is not plausible (age {age})</translation>
    </message>
</context>
<context>
    <name>import_adding</name>
    <message>
        <source>Adding</source>
        <translation>Adding</translation>
    </message>
</context>
<context>
    <name>import_changed_since</name>
    <message>
        <source>Cannot {action} the import of {file}: {count} of its rows were changed since (e.g. {example}); nothing was written</source>
        <translation>Cannot {action} the import of {file}: {count} of its rows were changed since (e.g. {example}); nothing was written</translation>
    </message>
</context>
<context>
    <name>import_done</name>
    <message>
        <source>Imported: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}</source>
        <translation>Imported: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}</translation>
    </message>
</context>
<context>
    <name>import_dry_run</name>
    <message>
        <source>Dry run, nothing written: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}</source>
        <translation>Dry run, nothing written: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}</translation>
    </message>
</context>
<context>
    <name>import_header</name>
    <message>
        <source>Finding the header</source>
        <translation>Finding the header</translation>
    </message>
</context>
<context>
    <name>import_nothing_to_change</name>
    <message>
        <source>Nothing to change, the plan is unchanged: {file} [{sheet}] — {rows} rows, all {unchanged} already in the plan as the file has them; warnings {warnings}</source>
        <translation>Nothing to change, the plan is unchanged: {file} [{sheet}] — {rows} rows, all {unchanged} already in the plan as the file has them; warnings {warnings}</translation>
    </message>
</context>
<context>
    <name>import_reading</name>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
</context>
<context>
    <name>import_redo_word</name>
    <message>
        <source>redo</source>
        <translation>redo</translation>
    </message>
</context>
<context>
    <name>import_refused</name>
    <message>
        <source>NOT imported, the plan is unchanged: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}</source>
        <translation>NOT imported, the plan is unchanged: {file} [{sheet}] — {rows} rows, added {added}, changed {changed}, removed {removed}, unchanged {unchanged}; errors {errors}, warnings {warnings}</translation>
    </message>
</context>
<context>
    <name>import_removing</name>
    <message>
        <source>Removing</source>
        <translation>Removing</translation>
    </message>
</context>
<context>
    <name>import_scope</name>
    <message>
        <source>The removal scope must be one of {scopes}</source>
        <translation>The removal scope must be one of {scopes}</translation>
    </message>
</context>
<context>
    <name>import_undo_word</name>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
</context>
<context>
    <name>import_updating</name>
    <message>
        <source>Updating</source>
        <translation>Updating</translation>
    </message>
</context>
<context>
    <name>import_writing</name>
    <message>
        <source>Writing to the plan</source>
        <translation>Writing to the plan</translation>
    </message>
</context>
<context>
    <name>impossible_date</name>
    <message>
        <source>No such date: «{value}»</source>
        <translation>No such date: «{value}»</translation>
    </message>
    <message>
        <source>Birth date {date} is in the future: correct it</source>
        <translation>Birth date {date} is in the future: correct it</translation>
    </message>
</context>
<context>
    <name>legacy_file</name>
    <message>
        <source>The file is in {encoding}; converted to Unicode</source>
        <translation>The file is in {encoding}; converted to Unicode</translation>
    </message>
</context>
<context>
    <name>legacy_text</name>
    <message>
        <source>{count} cells converted from {encoding} to Unicode (e.g. «{before}» → «{after}»)</source>
        <translation>{count} cells converted from {encoding} to Unicode (e.g. «{before}» → «{after}»)</translation>
    </message>
</context>
<context>
    <name>legal_bases_not_verified</name>
    <message>
        <source>Note: not yet checked against the official text: {names}.</source>
        <translation>Note: not yet checked against the official text: {names}.</translation>
    </message>
</context>
<context>
    <name>locks_break_caps</name>
    <message>
        <source>Cannot optimise: the decisions break a sending quota. {reasons}</source>
        <translation>Cannot optimise: the decisions break a sending quota. {reasons}</translation>
    </message>
</context>
<context>
    <name>locks_over_cap</name>
    <message>
        <source>{unit} may send {cap} people (sending quota {quota}, {approved} already approved), but {locks} accepted or locked moves leave it: set some of them back to proposed, or raise the quota (the unit&apos;s sending cap or the policy&apos;s share).</source>
        <translation>{unit} may send {cap} people (sending quota {quota}, {approved} already approved), but {locks} accepted or locked moves leave it: set some of them back to proposed, or raise the quota (the unit&apos;s sending cap or the policy&apos;s share).</translation>
    </message>
</context>
<context>
    <name>looks_like_formula</name>
    <message>
        <source>«{value}» looks like a spreadsheet formula; check the source file (it is kept and printed as typed)</source>
        <translation>«{value}» looks like a spreadsheet formula; check the source file (it is kept and printed as typed)</translation>
    </message>
</context>
<context>
    <name>mapping_name_length</name>
    <message>
        <source>A mapping name must have 1–{most} characters</source>
        <translation>A mapping name must have 1–{most} characters</translation>
    </message>
</context>
<context>
    <name>mapping_no_column</name>
    <message>
        <source>No column «{column}» in the file</source>
        <translation>No column «{column}» in the file</translation>
    </message>
</context>
<context>
    <name>mapping_other_kind</name>
    <message>
        <source>Mapping «{name}» is for {kind}, not {wanted}</source>
        <translation>Mapping «{name}» is for {kind}, not {wanted}</translation>
    </message>
</context>
<context>
    <name>mapping_unknown</name>
    <message>
        <source>No saved mapping «{name}» (saved: {known})</source>
        <translation>No saved mapping «{name}» (saved: {known})</translation>
    </message>
</context>
<context>
    <name>mapping_unknown_id</name>
    <message>
        <source>Column {column}: «{field}» is not in the plan</source>
        <translation>Column {column}: «{field}» is not in the plan</translation>
    </message>
</context>
<context>
    <name>max_out_range</name>
    <message>
        <source>The sending cap must be a whole number from 0 (empty: no cap): {value}</source>
        <translation>The sending cap must be a whole number from 0 (empty: no cap): {value}</translation>
    </message>
</context>
<context>
    <name>missing_column</name>
    <message>
        <source>No column for «{field}» ({name}); choose the column that holds it.</source>
        <translation>No column for «{field}» ({name}); choose the column that holds it.</translation>
    </message>
</context>
<context>
    <name>missing_value</name>
    <message>
        <source>Missing {field}: fill it in, or leave the row out of the file</source>
        <translation>Missing {field}: fill it in, or leave the row out of the file</translation>
    </message>
</context>
<context>
    <name>month_first</name>
    <message>
        <source>Date «{value}» read as month/day/year</source>
        <translation>Date «{value}» read as month/day/year</translation>
    </message>
</context>
<context>
    <name>month_only</name>
    <message>
        <source>Only month/year «{value}»: the 1st is used</source>
        <translation>Only month/year «{value}»: the 1st is used</translation>
    </message>
</context>
<context>
    <name>move_gone</name>
    <message>
        <source>A proposal no longer exists.</source>
        <translation>A proposal no longer exists.</translation>
    </message>
</context>
<context>
    <name>need_measure_unknown</name>
    <message>
        <source>Unknown measure: {value}</source>
        <translation>Unknown measure: {value}</translation>
    </message>
</context>
<context>
    <name>need_unknown</name>
    <message>
        <source>{unit}, {specialty}: round {round} left no post unfilled there.</source>
        <translation>{unit}, {specialty}: round {round} left no post unfilled there.</translation>
    </message>
</context>
<context>
    <name>negative</name>
    <message>
        <source>«{value}» must not be negative</source>
        <translation>«{value}» must not be negative</translation>
    </message>
</context>
<context>
    <name>new_unit_incomplete</name>
    <message>
        <source>New unit {unit} lacks: {missing}; fill them in the file</source>
        <translation>New unit {unit} lacks: {missing}; fill them in the file</translation>
    </message>
</context>
<context>
    <name>no_data_rows</name>
    <message>
        <source>{file} [{sheet}] has no data rows under its header: nothing was imported; fill in the list, or choose the sheet that holds it</source>
        <translation>{file} [{sheet}] has no data rows under its header: nothing was imported; fill in the list, or choose the sheet that holds it</translation>
    </message>
</context>
<context>
    <name>no_header</name>
    <message>
        <source>No header row found (full name, unit, …); say which row is the header.</source>
        <translation>No header row found (full name, unit, …); say which row is the header.</translation>
    </message>
</context>
<context>
    <name>no_list_sheet</name>
    <message>
        <source>No sheet holds a list with a header (full name, unit, …); sheets: {sheets}. Choose the sheet and say which row is the header.</source>
        <translation>No sheet holds a list with a header (full name, unit, …); sheets: {sheets}. Choose the sheet and say which row is the header.</translation>
    </message>
</context>
<context>
    <name>no_run_yet</name>
    <message>
        <source>The plan has no optimisation run yet.</source>
        <translation>The plan has no optimisation run yet.</translation>
    </message>
</context>
<context>
    <name>no_such_setting</name>
    <message>
        <source>No setting «{key}»</source>
        <translation>No setting «{key}»</translation>
    </message>
</context>
<context>
    <name>no_unit</name>
    <message>
        <source>{count} rows (rows {first}–{last}) name no unit and the file has no unit column: choose the column that holds the unit, or give the unit of the whole file</source>
        <translation>{count} rows (rows {first}–{last}) name no unit and the file has no unit column: choose the column that holds the unit, or give the unit of the whole file</translation>
    </message>
</context>
<context>
    <name>not_a_plan</name>
    <message>
        <source>This file is not a CQ2C plan.</source>
        <translation>This file is not a CQ2C plan.</translation>
    </message>
</context>
<context>
    <name>not_integer</name>
    <message>
        <source>«{value}» must be a whole number</source>
        <translation>«{value}» must be a whole number</translation>
    </message>
</context>
<context>
    <name>nothing_approved</name>
    <message>
        <source>Run #{run} has no approved move: approve the moves first.</source>
        <translation>Run #{run} has no approved move: approve the moves first.</translation>
    </message>
</context>
<context>
    <name>nothing_approved_in_run</name>
    <message>
        <source>Run #{run} has no approved move; run #{other} has {count} approved.</source>
        <translation>Run #{run} has no approved move; run #{other} has {count} approved.</translation>
    </message>
</context>
<context>
    <name>optimise_cancelled</name>
    <message>
        <source>Optimisation cancelled; nothing was stored.</source>
        <translation>Optimisation cancelled; nothing was stored.</translation>
    </message>
</context>
<context>
    <name>optimise_decided_meanwhile</name>
    <message>
        <source>Decisions changed while the plan was being optimised, and the new run would not have kept them. No run was stored; optimise again. ({changes})</source>
        <translation>Decisions changed while the plan was being optimised, and the new run would not have kept them. No run was stored; optimise again. ({changes})</translation>
    </message>
</context>
<context>
    <name>optimise_invalid</name>
    <message>
        <source>Cannot solve: the fixed decisions contradict the data ({errors})</source>
        <translation>Cannot solve: the fixed decisions contradict the data ({errors})</translation>
    </message>
</context>
<context>
    <name>optimise_method</name>
    <message>
        <source>Unknown optimisation method: {method}</source>
        <translation>Unknown optimisation method: {method}</translation>
    </message>
</context>
<context>
    <name>optimise_reading</name>
    <message>
        <source>Reading the plan</source>
        <translation>Reading the plan</translation>
    </message>
</context>
<context>
    <name>optimise_saving</name>
    <message>
        <source>Saving the run</source>
        <translation>Saving the run</translation>
    </message>
</context>
<context>
    <name>optimise_solving</name>
    <message>
        <source>Optimising</source>
        <translation>Optimising</translation>
    </message>
</context>
<context>
    <name>optimise_step</name>
    <message>
        <source>Optimising: step {step} of {steps}</source>
        <translation>Optimising: step {step} of {steps}</translation>
    </message>
</context>
<context>
    <name>out_of_range</name>
    <message>
        <source>«{value}» exceeds {high}</source>
        <translation>«{value}» exceeds {high}</translation>
    </message>
</context>
<context>
    <name>output_in_use</name>
    <message>
        <source>Cannot replace {path}: is it open in Excel or Word?</source>
        <translation>Cannot replace {path}: is it open in Excel or Word?</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>password_needed</name>
    <message>
        <source>The server {server} asks for a password: save it in this computer&apos;s credential store or a pgpass file, or type it when asked.</source>
        <translation>The server {server} asks for a password: save it in this computer&apos;s credential store or a pgpass file, or type it when asked.</translation>
    </message>
</context>
<context>
    <name>password_refused</name>
    <message>
        <source>The server {server} refused the user name or password.</source>
        <translation>The server {server} refused the user name or password.</translation>
    </message>
</context>
<context>
    <name>pdf_not_created</name>
    <message>
        <source>Cannot create the PDF file.</source>
        <translation>Cannot create the PDF file.</translation>
    </message>
</context>
<context>
    <name>person_already_approved</name>
    <message>
        <source>Staff {staff} already has approved move #{move} in run #{run}.</source>
        <translation>Staff {staff} already has approved move #{move} in run #{run}.</translation>
    </message>
</context>
<context>
    <name>person_birth_range</name>
    <message>
        <source>Birth date {date} is not plausible for a civil servant.</source>
        <translation>Birth date {date} is not plausible for a civil servant.</translation>
    </message>
</context>
<context>
    <name>person_cccd_taken</name>
    <message>
        <source>This citizen ID already belongs to staff {owner}.</source>
        <translation>This citizen ID already belongs to staff {owner}.</translation>
    </message>
</context>
<context>
    <name>person_gender</name>
    <message>
        <source>Unknown gender: {value}</source>
        <translation>Unknown gender: {value}</translation>
    </message>
</context>
<context>
    <name>person_has_approved_move</name>
    <message>
        <source>{name} cannot be removed: their transfer to {unit} is approved. Withdraw the approval (with its reason) first, if the person really leaves the plan.</source>
        <translation>{name} cannot be removed: their transfer to {unit} is approved. Withdraw the approval (with its reason) first, if the person really leaves the plan.</translation>
    </message>
</context>
<context>
    <name>person_id_required</name>
    <message>
        <source>A person needs a staff id.</source>
        <translation>A person needs a staff id.</translation>
    </message>
</context>
<context>
    <name>person_id_taken</name>
    <message>
        <source>Staff id {staff} is already in the plan.</source>
        <translation>Staff id {staff} is already in the plan.</translation>
    </message>
</context>
<context>
    <name>person_name_required</name>
    <message>
        <source>A person needs a full name.</source>
        <translation>A person needs a full name.</translation>
    </message>
</context>
<context>
    <name>person_specialty</name>
    <message>
        <source>Unknown specialty: {value}</source>
        <translation>Unknown specialty: {value}</translation>
    </message>
</context>
<context>
    <name>person_too_many_wishes</name>
    <message>
        <source>A person names at most three wishes.</source>
        <translation>A person names at most three wishes.</translation>
    </message>
</context>
<context>
    <name>personal_needs_approver</name>
    <message>
        <source>Only an approver may export full birth dates and citizen ID numbers (signed in as {login}, {role}).</source>
        <translation>Only an approver may export full birth dates and citizen ID numbers (signed in as {login}, {role}).</translation>
    </message>
</context>
<context>
    <name>plan_busy</name>
    <message>
        <source>The plan is busy: another officer or program has been writing to it for {seconds} s. Nothing was saved; try again in a moment.</source>
        <translation>The plan is busy: another officer or program has been writing to it for {seconds} s. Nothing was saved; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>plan_constraint</name>
    <message>
        <source>The plan refused the data ({reason}); nothing was written</source>
        <translation>The plan refused the data ({reason}); nothing was written</translation>
    </message>
</context>
<context>
    <name>plan_empty</name>
    <message>
        <source>The plan file is empty.</source>
        <translation>The plan file is empty.</translation>
    </message>
</context>
<context>
    <name>plan_from_newer_version</name>
    <message>
        <source>This plan was written by a newer version of CQ2C Planner; please update.</source>
        <translation>This plan was written by a newer version of CQ2C Planner; please update.</translation>
    </message>
</context>
<context>
    <name>plan_in_use</name>
    <message>
        <source>The plan is open in another window: {user} on {host}, since {since}.</source>
        <translation>The plan is open in another window: {user} on {host}, since {since}.</translation>
    </message>
</context>
<context>
    <name>plan_in_use_unknown</name>
    <message>
        <source>The plan is open in another window.</source>
        <translation>The plan is open in another window.</translation>
    </message>
</context>
<context>
    <name>plan_is_folder</name>
    <message>
        <source>This is a folder, not a plan file: {path}</source>
        <translation>This is a folder, not a plan file: {path}</translation>
    </message>
</context>
<context>
    <name>plan_not_found</name>
    <message>
        <source>Plan file not found: {path}</source>
        <translation>Plan file not found: {path}</translation>
    </message>
</context>
<context>
    <name>plan_rows_contended</name>
    <message>
        <source>Another officer changed the same rows at the same moment. Nothing was saved; reload and try again.</source>
        <translation>Another officer changed the same rows at the same moment. Nothing was saved; reload and try again.</translation>
    </message>
</context>
<context>
    <name>plan_unreadable</name>
    <message>
        <source>Cannot open the plan (damaged or not a CQ2C plan): {reason}</source>
        <translation>Cannot open the plan (damaged or not a CQ2C plan): {reason}</translation>
    </message>
</context>
<context>
    <name>policy_max_km</name>
    <message>
        <source>The maximum distance must be more than 0 and at most 2000 km.</source>
        <translation>The maximum distance must be more than 0 and at most 2000 km.</translation>
    </message>
</context>
<context>
    <name>policy_no_destination</name>
    <message>
        <source>Choose at least one receiving region.</source>
        <translation>Choose at least one receiving region.</translation>
    </message>
</context>
<context>
    <name>policy_region</name>
    <message>
        <source>Unknown region.</source>
        <translation>Unknown region.</translation>
    </message>
</context>
<context>
    <name>policy_score</name>
    <message>
        <source>Match scores must be between 0 and 1, with at most two decimals.</source>
        <translation>Match scores must be between 0 and 1, with at most two decimals.</translation>
    </message>
</context>
<context>
    <name>policy_score_number</name>
    <message>
        <source>Not a number: {value}</source>
        <translation>Not a number: {value}</translation>
    </message>
</context>
<context>
    <name>policy_self_match</name>
    <message>
        <source>A specialty always matches itself (score 1).</source>
        <translation>A specialty always matches itself (score 1).</translation>
    </message>
</context>
<context>
    <name>policy_send_quota</name>
    <message>
        <source>The sending quota must be a share of 0 to 100 % and a cap of 0 or more.</source>
        <translation>The sending quota must be a share of 0 to 100 % and a cap of 0 or more.</translation>
    </message>
</context>
<context>
    <name>preparing_list</name>
    <message>
        <source>Preparing the list</source>
        <translation>Preparing the list</translation>
    </message>
</context>
<context>
    <name>printer_unusable</name>
    <message>
        <source>Cannot use the printer {printer}.</source>
        <translation>Cannot use the printer {printer}.</translation>
    </message>
</context>
<context>
    <name>priority_not_whole</name>
    <message>
        <source>Priority must be a whole number: {value}</source>
        <translation>Priority must be a whole number: {value}</translation>
    </message>
</context>
<context>
    <name>priority_range</name>
    <message>
        <source>Priority must be 1 to 100.</source>
        <translation>Priority must be 1 to 100.</translation>
    </message>
</context>
<context>
    <name>quota_posts_range</name>
    <message>
        <source>Posts must be a whole number from 0 to 1000: {value}</source>
        <translation>Posts must be a whole number from 0 to 1000: {value}</translation>
    </message>
</context>
<context>
    <name>quota_specialty_unknown</name>
    <message>
        <source>Unknown specialty: {specialty}</source>
        <translation>Unknown specialty: {specialty}</translation>
    </message>
</context>
<context>
    <name>reading_rows</name>
    <message>
        <source>Reading the rows</source>
        <translation>Reading the rows</translation>
    </message>
</context>
<context>
    <name>reassign_approved</name>
    <message>
        <source>The move of {name} to {unit} is approved: withdraw its approval first (with a reason), then change it.</source>
        <translation>The move of {name} to {unit} is approved: withdraw its approval first (with a reason), then change it.</translation>
    </message>
</context>
<context>
    <name>reassign_below_quota</name>
    <message>
        <source>The source unit would fall below its quota.</source>
        <translation>The source unit would fall below its quota.</translation>
    </message>
</context>
<context>
    <name>reassign_no_match</name>
    <message>
        <source>The specialty does not match the post.</source>
        <translation>The specialty does not match the post.</translation>
    </message>
</context>
<context>
    <name>reassign_not_movable</name>
    <message>
        <source>This person cannot be moved.</source>
        <translation>This person cannot be moved.</translation>
    </message>
</context>
<context>
    <name>reassign_own_unit</name>
    <message>
        <source>Cannot move a person to their own unit.</source>
        <translation>Cannot move a person to their own unit.</translation>
    </message>
</context>
<context>
    <name>reassign_post_filled</name>
    <message>
        <source>This post is already filled; choose the proposal to replace.</source>
        <translation>This post is already filled; choose the proposal to replace.</translation>
    </message>
</context>
<context>
    <name>region_unknown</name>
    <message>
        <source>Unknown region: {region}</source>
        <translation>Unknown region: {region}</translation>
    </message>
</context>
<context>
    <name>removed_has_decision</name>
    <message>
        <source>Staff {staff} is not in the file but has a decided transfer ({status}): keep them in the file, or import without removing</source>
        <translation>Staff {staff} is not in the file but has a decided transfer ({status}): keep them in the file, or import without removing</translation>
    </message>
</context>
<context>
    <name>removed_moves</name>
    <message>
        <source>{count} proposed moves of removed staff will be deleted with them</source>
        <translation>{count} proposed moves of removed staff will be deleted with them</translation>
    </message>
</context>
<context>
    <name>restore_failed</name>
    <message>
        <source>Restore failed: {reason}</source>
        <translation>Restore failed: {reason}</translation>
    </message>
</context>
<context>
    <name>role_not_allowed</name>
    <message>
        <source>Your database role may not do this; the server refused it ({reason}).</source>
        <translation>Your database role may not do this; the server refused it ({reason}).</translation>
    </message>
</context>
<context>
    <name>round_label_long</name>
    <message>
        <source>A round&apos;s name is at most 200 characters.</source>
        <translation>A round&apos;s name is at most 200 characters.</translation>
    </message>
</context>
<context>
    <name>round_without_run</name>
    <message>
        <source>Round {round} has no optimisation run yet: optimise and decide it before starting another.</source>
        <translation>Round {round} has no optimisation run yet: optimise and decide it before starting another.</translation>
    </message>
</context>
<context>
    <name>run_replaced</name>
    <message>
        <source>Run #{run} has been replaced by run #{newer} ({who}, {at}); its decisions now belong to the new run. Your change was NOT saved; reload and decide on run #{newer}.</source>
        <translation>Run #{run} has been replaced by run #{newer} ({who}, {at}); its decisions now belong to the new run. Your change was NOT saved; reload and decide on run #{newer}.</translation>
    </message>
</context>
<context>
    <name>run_unknown</name>
    <message>
        <source>No run #{run}.</source>
        <translation>No run #{run}.</translation>
    </message>
</context>
<context>
    <name>same_unit</name>
    <message>
        <source>From and to are the same unit</source>
        <translation>From and to are the same unit</translation>
    </message>
</context>
<context>
    <name>saving_file</name>
    <message>
        <source>Saving the file</source>
        <translation>Saving the file</translation>
    </message>
</context>
<context>
    <name>secondment_term</name>
    <message>
        <source>A secondment lasts 1 to {most} months, not {months}.</source>
        <translation>A secondment lasts 1 to {most} months, not {months}.</translation>
    </message>
</context>
<context>
    <name>setting_holds_placeholder</name>
    <message>
        <source>{setting} ({key}): holds a placeholder</source>
        <translation>{setting} ({key}): holds a placeholder</translation>
    </message>
</context>
<context>
    <name>setting_not_a_number</name>
    <message>
        <source>{setting}: «{value}» is not a number/year/symbol (e.g. 34/2025/NQ-HĐND)</source>
        <translation>{setting}: «{value}» is not a number/year/symbol (e.g. 34/2025/NQ-HĐND)</translation>
    </message>
</context>
<context>
    <name>setting_not_set</name>
    <message>
        <source>{setting} ({key}): not set</source>
        <translation>{setting} ({key}): not set</translation>
    </message>
</context>
<context>
    <name>setting_not_valid</name>
    <message>
        <source>{setting}: «{value}» is not a valid value</source>
        <translation>{setting}: «{value}» is not a valid value</translation>
    </message>
</context>
<context>
    <name>setting_placeholder</name>
    <message>
        <source>{setting}: «{value}» is a placeholder, not a value</source>
        <translation>{setting}: «{value}» is a placeholder, not a value</translation>
    </message>
</context>
<context>
    <name>setting_unreadable</name>
    <message>
        <source>{setting} ({key}): unreadable</source>
        <translation>{setting} ({key}): unreadable</translation>
    </message>
</context>
<context>
    <name>setting_unverified</name>
    <message>
        <source>{setting} ({key}): not checked against the official text</source>
        <translation>{setting} ({key}): not checked against the official text</translation>
    </message>
</context>
<context>
    <name>shared_needs_postgres</name>
    <message>
        <source>Shared plans live on a PostgreSQL server: give a postgresql:// URL.</source>
        <translation>Shared plans live on a PostgreSQL server: give a postgresql:// URL.</translation>
    </message>
</context>
<context>
    <name>shared_not_a_plan</name>
    <message>
        <source>The database holds tables that are not a CQ2C plan; use an empty database.</source>
        <translation>The database holds tables that are not a CQ2C plan; use an empty database.</translation>
    </message>
</context>
<context>
    <name>shared_setup_failed</name>
    <message>
        <source>The shared plan could not be set up: {reason}</source>
        <translation>The shared plan could not be set up: {reason}</translation>
    </message>
</context>
<context>
    <name>sheet_far_cells</name>
    <message>
        <source>Sheet «{sheet}» has cells far outside the table (e.g. {cells}); delete those columns in Excel and save.</source>
        <translation>Sheet «{sheet}» has cells far outside the table (e.g. {cells}); delete those columns in Excel and save.</translation>
    </message>
</context>
<context>
    <name>sheet_hidden_skipped</name>
    <message>
        <source>Sheet «{sheet}» is hidden: skipped (choose it to import it)</source>
        <translation>Sheet «{sheet}» is hidden: skipped (choose it to import it)</translation>
    </message>
</context>
<context>
    <name>sheet_missing</name>
    <message>
        <source>No sheet «{sheet}» in the file; its sheets: {sheets}</source>
        <translation>No sheet «{sheet}» in the file; its sheets: {sheets}</translation>
    </message>
</context>
<context>
    <name>sheet_not_list</name>
    <message>
        <source>Sheet «{sheet}» skipped: its header names {named} but not {missing}, as the other sheets do</source>
        <translation>Sheet «{sheet}» skipped: its header names {named} but not {missing}, as the other sheets do</translation>
    </message>
</context>
<context>
    <name>sheet_skipped</name>
    <message>
        <source>Sheet «{sheet}» skipped: it holds no list with a header (a cover or summary)</source>
        <translation>Sheet «{sheet}» skipped: it holds no list with a header (a cover or summary)</translation>
    </message>
</context>
<context>
    <name>sheet_too_many_rows</name>
    <message>
        <source>Sheet {sheet} has more than {limit} rows; that is not a staff list: split the file.</source>
        <translation>Sheet {sheet} has more than {limit} rows; that is not a staff list: split the file.</translation>
    </message>
</context>
<context>
    <name>sheet_unreadable</name>
    <message>
        <source>Cannot read sheet «{sheet}» ({reason}); save the file again from Excel as .xlsx.</source>
        <translation>Cannot read sheet «{sheet}» ({reason}); save the file again from Excel as .xlsx.</translation>
    </message>
</context>
<context>
    <name>someone_else</name>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
</context>
<context>
    <name>specialty_longer</name>
    <message>
        <source>Read «{value}» as «{name}»; check it if that is another field</source>
        <translation>Read «{value}» as «{name}»; check it if that is another field</translation>
    </message>
</context>
<context>
    <name>specialty_other_field</name>
    <message>
        <source>«{value}» is a field of its own, not «{name}»; write the plan&apos;s specialty that fits this person</source>
        <translation>«{value}» is a field of its own, not «{name}»; write the plan&apos;s specialty that fits this person</translation>
    </message>
</context>
<context>
    <name>specialty_spelling</name>
    <message>
        <source>Read «{value}» as «{name}»</source>
        <translation>Read «{value}» as «{name}»</translation>
    </message>
</context>
<context>
    <name>staff_unknown</name>
    <message>
        <source>Unknown staff id: {staff}</source>
        <translation>Unknown staff id: {staff}</translation>
    </message>
</context>
<context>
    <name>status_not_allowed</name>
    <message>
        <source>Status not allowed here: {status}</source>
        <translation>Status not allowed here: {status}</translation>
    </message>
</context>
<context>
    <name>stray_bytes</name>
    <message>
        <source>The cell held bytes that are not UTF-8 ({before}); they were read as Windows-1258: «{after}»; check it</source>
        <translation>The cell held bytes that are not UTF-8 ({before}); they were read as Windows-1258: «{after}»; check it</translation>
    </message>
</context>
<context>
    <name>too_many_wishes</name>
    <message>
        <source>{count} wishes: a person names at most three; keep the first three in order of preference</source>
        <translation>{count} wishes: a person names at most three; keep the first three in order of preference</translation>
    </message>
</context>
<context>
    <name>two_birth_dates</name>
    <message>
        <source>A birth date under both Nam and Nữ: keep the one under the person&apos;s gender</source>
        <translation>A birth date under both Nam and Nữ: keep the one under the person&apos;s gender</translation>
    </message>
</context>
<context>
    <name>two_gender_marks</name>
    <message>
        <source>Marked under both Nam and Nữ: keep the mark under the person&apos;s gender</source>
        <translation>Marked under both Nam and Nữ: keep the mark under the person&apos;s gender</translation>
    </message>
</context>
<context>
    <name>unit_from_file</name>
    <message>
        <source>{count} rows have no unit: they take the file&apos;s unit «{unit}»</source>
        <translation>{count} rows have no unit: they take the file&apos;s unit «{unit}»</translation>
    </message>
</context>
<context>
    <name>unit_from_group</name>
    <message>
        <source>Rows {first}–{last} have no unit: they take «{unit}» from the group row {row}</source>
        <translation>Rows {first}–{last} have no unit: they take «{unit}» from the group row {row}</translation>
    </message>
</context>
<context>
    <name>unit_from_title</name>
    <message>
        <source>{count} rows name no unit: they take «{unit}», named in the title «{title}» (row {row})</source>
        <translation>{count} rows name no unit: they take «{unit}», named in the title «{title}» (row {row})</translation>
    </message>
</context>
<context>
    <name>unit_in_use</name>
    <message>
        <source>Cannot remove unit {unit}: {count} staff or moves refer to it; import without removing</source>
        <translation>Cannot remove unit {unit}: {count} staff or moves refer to it; import without removing</translation>
    </message>
</context>
<context>
    <name>unit_other_kind</name>
    <message>
        <source>«{value}» is not in the plan, which has «{name}»; write that name or its code if it is the same unit</source>
        <translation>«{value}» is not in the plan, which has «{name}»; write that name or its code if it is the same unit</translation>
    </message>
</context>
<context>
    <name>unit_spelling</name>
    <message>
        <source>Read «{value}» as «{name}»</source>
        <translation>Read «{value}» as «{name}»</translation>
    </message>
</context>
<context>
    <name>unit_unknown</name>
    <message>
        <source>Unknown unit: {unit}</source>
        <translation>Unknown unit: {unit}</translation>
    </message>
</context>
<context>
    <name>unknown_exemption</name>
    <message>
        <source>Unknown exemption: {value}</source>
        <translation>Unknown exemption: {value}</translation>
    </message>
</context>
<context>
    <name>unknown_specialty</name>
    <message>
        <source>Unknown specialty «{value}»; did you mean «{name}»? Write one of the plan&apos;s specialties</source>
        <translation>Unknown specialty «{value}»; did you mean «{name}»? Write one of the plan&apos;s specialties</translation>
    </message>
    <message>
        <source>Unknown specialty «{value}»; write one of the plan&apos;s specialties: {names}</source>
        <translation>Unknown specialty «{value}»; write one of the plan&apos;s specialties: {names}</translation>
    </message>
</context>
<context>
    <name>unknown_unit</name>
    <message>
        <source>Unknown unit «{value}»; did you mean «{name}»? Write the plan&apos;s name or the unit&apos;s code</source>
        <translation>Unknown unit «{value}»; did you mean «{name}»? Write the plan&apos;s name or the unit&apos;s code</translation>
    </message>
    <message>
        <source>Unknown unit «{value}»: not in the plan; write the plan&apos;s name or the unit&apos;s code (or import the unit first)</source>
        <translation>Unknown unit «{value}»: not in the plan; write the plan&apos;s name or the unit&apos;s code (or import the unit first)</translation>
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
        <translation>Only a movable person can volunteer.</translation>
    </message>
</context>
<context>
    <name>wish_forbidden</name>
    <message>
        <source>the officer ruled this move out</source>
        <translation>the officer ruled this move out</translation>
    </message>
</context>
<context>
    <name>wish_higher_level</name>
    <message>
        <source>the person fills a more important post elsewhere</source>
        <translation>the person fills a more important post elsewhere</translation>
    </message>
</context>
<context>
    <name>wish_locked_elsewhere</name>
    <message>
        <source>the officer fixed a move elsewhere</source>
        <translation>the officer fixed a move elsewhere</translation>
    </message>
</context>
<context>
    <name>wish_max_out</name>
    <message>
        <source>the sending unit&apos;s quota was reached</source>
        <translation>the sending unit&apos;s quota was reached</translation>
    </message>
</context>
<context>
    <name>wish_no_deficit</name>
    <message>
        <source>no matching post is short there</source>
        <translation>no matching post is short there</translation>
    </message>
</context>
<context>
    <name>wish_no_surplus</name>
    <message>
        <source>the person&apos;s unit has no surplus in the specialty</source>
        <translation>the person&apos;s unit has no surplus in the specialty</translation>
    </message>
</context>
<context>
    <name>wish_not_chosen</name>
    <message>
        <source>not chosen (the run was not proven optimal)</source>
        <translation>not chosen (the run was not proven optimal)</translation>
    </message>
</context>
<context>
    <name>wish_not_movable</name>
    <message>
        <source>the person is exempt from moving</source>
        <translation>the person is exempt from moving</translation>
    </message>
</context>
<context>
    <name>wish_own_unit</name>
    <message>
        <source>A wish for the person&apos;s own unit {unit} can never be granted</source>
        <translation>A wish for the person&apos;s own unit {unit} can never be granted</translation>
    </message>
</context>
<context>
    <name>wish_own_unit_reason</name>
    <message>
        <source>it is the person&apos;s own unit</source>
        <translation>it is the person&apos;s own unit</translation>
    </message>
</context>
<context>
    <name>wish_posts_taken</name>
    <message>
        <source>the posts there went to people ranked ahead</source>
        <translation>the posts there went to people ranked ahead</translation>
    </message>
</context>
<context>
    <name>wish_reason_other</name>
    <message>
        <source>other reason: {code}</source>
        <translation>other reason: {code}</translation>
    </message>
</context>
<context>
    <name>wish_region</name>
    <message>
        <source>that region does not receive people</source>
        <translation>that region does not receive people</translation>
    </message>
</context>
<context>
    <name>wish_surplus_used</name>
    <message>
        <source>others of the unit&apos;s surplus were sent instead</source>
        <translation>others of the unit&apos;s surplus were sent instead</translation>
    </message>
</context>
<context>
    <name>wish_too_far</name>
    <message>
        <source>farther than the distance limit</source>
        <translation>farther than the distance limit</translation>
    </message>
</context>
<context>
    <name>withdraw_reason</name>
    <message>
        <source>Say why the approval is withdrawn: the reason goes into the audit log.</source>
        <translation>Say why the approval is withdrawn: the reason goes into the audit log.</translation>
    </message>
</context>
<context>
    <name>writing_list</name>
    <message>
        <source>Writing the list</source>
        <translation>Writing the list</translation>
    </message>
</context>
<context>
    <name>year_only</name>
    <message>
        <source>Only the year {year}: 01/01/{year} is used</source>
        <translation>Only the year {year}: 01/01/{year} is used</translation>
    </message>
</context>
</TS>
