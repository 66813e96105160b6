<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReportLens::AnnotationBrowser</name>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="44"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="47"/>
        <source>Whole library</source>
        <translation>Whole library</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="47"/>
        <source>Current report</source>
        <translation>Current report</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="48"/>
        <source>Any colour</source>
        <translation>Any colour</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="54"/>
        <source>Colour %1</source>
        <translation>Colour %1</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="56"/>
        <source>Filter passages and notes</source>
        <translation>Filter passages and notes</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="66"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="67"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="68"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="147"/>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="160"/>
        <source>Any author</source>
        <translation>Any author</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="162"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="190"/>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="213"/>
        <source>Export Annotations</source>
        <translation>Export Annotations</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="190"/>
        <source>There are no annotations to export.</source>
        <translation>There are no annotations to export.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotations/annotationbrowser.cpp" line="196"/>
        <source>Export %n Annotation(s)</source>
        <translation>
            <numerusform>Export %n Annotation</numerusform>
            <numerusform>Export %n Annotations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="198"/>
        <source>Markdown (*.md);;CSV (*.csv);;W3C Web Annotation JSON (*.jsonld *.json)</source>
        <translation>Markdown (*.md);;CSV (*.csv);;W3C Web Annotation JSON (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="214"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>ReportLens::AnnotationEditor</name>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="23"/>
        <source>Edit Annotation</source>
        <translation>Edit Annotation</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="32"/>
        <source>Colour %1</source>
        <translation>Colour %1</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="35"/>
        <source>Comma-separated, e.g. 就业, 财政</source>
        <translation>Comma-separated, e.g. 就业, 财政</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="41"/>
        <source>Passage:</source>
        <translation>Passage:</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="42"/>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="43"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="44"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
</context>
<context>
    <name>ReportLens::AnnotationModel</name>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="71"/>
        <source>%1 (team, hidden)</source>
        <translation>%1 (team, hidden)</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="71"/>
        <source>%1 (team)</source>
        <translation>%1 (team)</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="72"/>
        <source>%1 (private)</source>
        <translation>%1 (private)</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="73"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="73"/>
        <source>Anchored</source>
        <translation>Anchored</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="83"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="84"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="85"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="86"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="87"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="88"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="89"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReportLens::ChartPane</name>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="55"/>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="56"/>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="72"/>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="73"/>
        <source>Metric:</source>
        <translation>Metric:</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="74"/>
        <source>Regions:</source>
        <translation>Regions:</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="77"/>
        <location filename="../ui/charts/chartpane.cpp" line="86"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="84"/>
        <source>Terms separated by commas: 高质量发展, 疫情</source>
        <translation>Terms separated by commas: 高质量发展, 疫情</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="85"/>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="96"/>
        <source>First used</source>
        <translation>First used</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="96"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="96"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="96"/>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="102"/>
        <source>Double-click to open the report where the term was first used</source>
        <translation>Double-click to open the report where the term was first used</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="117"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="118"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="194"/>
        <source>Each region</source>
        <translation>Each region</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="195"/>
        <source>All regions pooled</source>
        <translation>All regions pooled</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="218"/>
        <source>Growth (%)</source>
        <translation>Growth (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="219"/>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="220"/>
        <source>Level (%1)</source>
        <translation>Level (%1)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="311"/>
        <source> (estimated)</source>
        <translation> (estimated)</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="312"/>
        <source>from the %1 report</source>
        <translation>from the %1 report</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartpane.cpp" line="364"/>
        <source>One line per region. %n region(s) with reports of a single year (or beyond the first %1) are not drawn.</source>
        <translation>
            <numerusform>One line per region. %n region with reports of a single year (or beyond the first %1) are not drawn.</numerusform>
            <numerusform>One line per region. %n regions with reports of a single year (or beyond the first %1) are not drawn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="369"/>
        <source>Pooled: the reports of all regions counted together, year by year.</source>
        <translation>Pooled: the reports of all regions counted together, year by year.</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="375"/>
        <source>(Unknown region) %1</source>
        <translation>(Unknown region) %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="378"/>
        <source>Report %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="407"/>
        <location filename="../ui/charts/chartpane.cpp" line="414"/>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="408"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>ReportLens::Commands</name>
    <message>
        <location filename="../core/document/commands/addannotationcommand.cpp" line="13"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../core/document/commands/correctfigurecommand.cpp" line="16"/>
        <source>Mark Figure Wrong</source>
        <translation>Mark Figure Wrong</translation>
    </message>
    <message>
        <location filename="../core/document/commands/correctfigurecommand.cpp" line="17"/>
        <source>Restore Figure</source>
        <translation>Restore Figure</translation>
    </message>
    <message>
        <location filename="../core/document/commands/correctfigurecommand.cpp" line="19"/>
        <source>Correct Indicator</source>
        <translation>Correct Indicator</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/document/commands/removeannotationcommand.cpp" line="13"/>
        <source>Delete %n Annotation(s)</source>
        <translation>
            <numerusform>Delete %n Annotation</numerusform>
            <numerusform>Delete %n Annotations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/document/commands/replacereportcommand.cpp" line="19"/>
        <source>Delete Report</source>
        <translation>Delete Report</translation>
    </message>
    <message>
        <location filename="../core/document/commands/replacereportcommand.cpp" line="28"/>
        <source>Reload Report from File</source>
        <translation>Reload Report from File</translation>
    </message>
    <message>
        <location filename="../core/document/commands/setmetadatacommand.cpp" line="14"/>
        <source>Edit Metadata</source>
        <translation>Edit Metadata</translation>
    </message>
    <message>
        <location filename="../core/document/commands/changeannotationcommand.cpp" line="14"/>
        <source>Edit Note</source>
        <translation>Edit Note</translation>
    </message>
    <message>
        <location filename="../core/document/commands/changeannotationcommand.cpp" line="15"/>
        <source>Change Highlight Colour</source>
        <translation>Change Highlight Colour</translation>
    </message>
    <message>
        <location filename="../core/document/commands/changeannotationcommand.cpp" line="16"/>
        <source>Tag Annotation</source>
        <translation>Tag Annotation</translation>
    </message>
    <message>
        <location filename="../core/document/commands/changeannotationcommand.cpp" line="17"/>
        <source>Edit Annotation</source>
        <translation>Edit Annotation</translation>
    </message>
</context>
<context>
    <name>ReportLens::CompareView</name>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="93"/>
        <source>Linked Navigation</source>
        <translation>Linked Navigation</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="94"/>
        <source>Outlines in Side by Side</source>
        <translation>Outlines in Side by Side</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="96"/>
        <source>Show Changes</source>
        <translation>Show Changes</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="97"/>
        <source>Next Change</source>
        <translation>Next Change</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="98"/>
        <source>Previous Change</source>
        <translation>Previous Change</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="100"/>
        <source>Export Changes…</source>
        <translation>Export Changes…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="104"/>
        <source>Save what changed against the first report as Markdown, for an article</source>
        <translation>Save what changed against the first report as Markdown, for an article</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="111"/>
        <source>Mark what is new or dropped against the first report</source>
        <translation>Mark what is new or dropped against the first report</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="125"/>
        <source>Choosing a section in one report shows the matching section in the others</source>
        <translation>Choosing a section in one report shows the matching section in the others</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="130"/>
        <source>Show each report&apos;s outline above its text</source>
        <translation>Show each report&apos;s outline above its text</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="151"/>
        <source>Double-click or press Enter to show both sentences side by side</source>
        <translation>Double-click or press Enter to show both sentences side by side</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="156"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="157"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="158"/>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="233"/>
        <source>Comparing the reports…</source>
        <translation>Comparing the reports…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="250"/>
        <source>%1 against %2: %3 sentences the same, %4 edited, %5 dropped (red), %6 new (green).</source>
        <translation>%1 against %2: %3 sentences the same, %4 edited, %5 dropped (red), %6 new (green).</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="258"/>
        <source>Sections: %1 added, %2 removed, %3 split, merged or renamed.</source>
        <translation>Sections: %1 added, %2 removed, %3 split, merged or renamed.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="268"/>
        <source>Targets changed: %1.</source>
        <translation>Targets changed: %1.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="276"/>
        <source>New terms: %1.</source>
        <translation>New terms: %1.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="278"/>
        <source>Dropped: %1.</source>
        <translation>Dropped: %1.</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="320"/>
        <location filename="../ui/compare/compareview.cpp" line="327"/>
        <source>Export Changes</source>
        <translation>Export Changes</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="321"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="328"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>ReportLens::ConflictDialog</name>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="24"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="25"/>
        <source>Colour %1 · tags: %2</source>
        <translation>Colour %1 · tags: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="35"/>
        <source>Annotation Changed Elsewhere</source>
        <translation>Annotation Changed Elsewhere</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="38"/>
        <source>While you were editing, this annotation on “%1” was changed elsewhere (revision %2; you edited revision %3). Nothing has been overwritten. Which version do you want to keep?</source>
        <translation>While you were editing, this annotation on “%1” was changed elsewhere (revision %2; you edited revision %3). Nothing has been overwritten. Which version do you want to keep?</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="47"/>
        <source>Stored now</source>
        <translation>Stored now</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="47"/>
        <source>Changed %1</source>
        <translation>Changed %1</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="48"/>
        <source>Your edit</source>
        <translation>Your edit</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="48"/>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="52"/>
        <source>Keep &amp;Mine</source>
        <translation>Keep &amp;Mine</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="53"/>
        <source>Keep &amp;Both Notes</source>
        <translation>Keep &amp;Both Notes</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="54"/>
        <source>Keep &amp;Stored Version</source>
        <translation>Keep &amp;Stored Version</translation>
    </message>
</context>
<context>
    <name>ReportLens::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="89"/>
        <source>The report could not be opened: %1</source>
        <translation>The report could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="94"/>
        <source>The report&apos;s annotations could not be read: %1</source>
        <translation>The report&apos;s annotations could not be read: %1</translation>
    </message>
</context>
<context>
    <name>ReportLens::DocumentEditor</name>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="40"/>
        <source>The annotation could not be read: %1</source>
        <translation>The annotation could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="41"/>
        <source>it is no longer in the library</source>
        <translation>it is no longer in the library</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="50"/>
        <source>The highlight could not be saved: %1</source>
        <translation>The highlight could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="65"/>
        <source>The annotation could not be saved: %1</source>
        <translation>The annotation could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="78"/>
        <location filename="../core/document/documenteditor.cpp" line="84"/>
        <location filename="../core/document/documenteditor.cpp" line="87"/>
        <location filename="../core/document/documenteditor.cpp" line="91"/>
        <source>The annotations could not be deleted: %1</source>
        <translation>The annotations could not be deleted: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="85"/>
        <source>one is no longer in the library</source>
        <translation>one is no longer in the library</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="103"/>
        <location filename="../core/document/documenteditor.cpp" line="107"/>
        <location filename="../core/document/documenteditor.cpp" line="111"/>
        <source>The annotations could not be restored: %1</source>
        <translation>The annotations could not be restored: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="121"/>
        <location filename="../core/document/documenteditor.cpp" line="159"/>
        <source>The report could not be read: %1</source>
        <translation>The report could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="131"/>
        <source>The metadata could not be saved: %1</source>
        <translation>The metadata could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="141"/>
        <source>The figure could not be read: %1</source>
        <translation>The figure could not be read: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="149"/>
        <source>The figure could not be saved: %1</source>
        <translation>The figure could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="167"/>
        <source>The report could not be restored: %1</source>
        <translation>The report could not be restored: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="176"/>
        <source>The report could not be deleted: %1</source>
        <translation>The report could not be deleted: %1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="186"/>
        <source>The report could not be read again: %1</source>
        <translation>The report could not be read again: %1</translation>
    </message>
</context>
<context>
    <name>ReportLens::FindBar</name>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="24"/>
        <source>Find in report</source>
        <translation>Find in report</translation>
    </message>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="28"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="31"/>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="34"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="106"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reader/findbar.cpp" line="108"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reader/findbar.cpp" line="110"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLens::ImportController</name>
    <message>
        <location filename="../ui/library/importcontroller.cpp" line="42"/>
        <source>Importing reports…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location filename="../ui/library/importcontroller.cpp" line="42"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/library/importcontroller.cpp" line="43"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/library/importcontroller.cpp" line="69"/>
        <source>Importing %1 of %2
%3</source>
        <translation>Importing %1 of %2
%3</translation>
    </message>
</context>
<context>
    <name>ReportLens::IndicatorCompareModel</name>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="59"/>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="60"/>
        <source>raised</source>
        <translation>raised</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="61"/>
        <source>lowered</source>
        <translation>lowered</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="74"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="75"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="76"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="77"/>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="79"/>
        <source>Period (%1)</source>
        <translation>Period (%1)</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="81"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="82"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>ReportLens::IndicatorModel</name>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="32"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="33"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="36"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="47"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="48"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="51"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="57"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="58"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="59"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="67"/>
        <source>a year named before it</source>
        <translation>a year named before it</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="68"/>
        <source>the section it stands in (review or plan)</source>
        <translation>the section it stands in (review or plan)</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="69"/>
        <source>今年 before it</source>
        <translation>今年 before it</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="70"/>
        <source>去年 or 一年来 before it</source>
        <translation>去年 or 一年来 before it</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="71"/>
        <source>a span named before it (五年来, 今后五年)</source>
        <translation>a span named before it (五年来, 今后五年)</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="72"/>
        <source>an average over a span (年均)</source>
        <translation>an average over a span (年均)</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="73"/>
        <source>a five-year plan named before it</source>
        <translation>a five-year plan named before it</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="74"/>
        <source>a target word in its clause (控制在, 预期, 力争)</source>
        <translation>a target word in its clause (控制在, 预期, 力争)</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="75"/>
        <source>an estimate (预计, 初步统计) of the year under review</source>
        <translation>an estimate (预计, 初步统计) of the year under review</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="76"/>
        <source>its place in a list with 分别</source>
        <translation>its place in a list with 分别</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="77"/>
        <source>one end of a change 从…到</source>
        <translation>one end of a change 从…到</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="78"/>
        <source>nothing in the text dates it: assumed from the report&apos;s year</source>
        <translation>nothing in the text dates it: assumed from the report&apos;s year</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="86"/>
        <source>Confidence: %1 — %2</source>
        <translation>Confidence: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="138"/>
        <location filename="../ui/reader/readerview.cpp" line="367"/>
        <source>%1 (estimated)</source>
        <translation>%1 (estimated)</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="149"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="149"/>
        <source>marked wrong</source>
        <translation>marked wrong</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="160"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="161"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="162"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="163"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="164"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="165"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="166"/>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="167"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="168"/>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="203"/>
        <source>“%1” is not a number (write 5.5, or a range as 6-6.5)</source>
        <translation>“%1” is not a number (write 5.5, or a range as 6-6.5)</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="211"/>
        <source>%1 cannot be drawn in %2: write a unit of the same kind (亿元, 万亿元, 万元…)</source>
        <translation>%1 cannot be drawn in %2: write a unit of the same kind (亿元, 万亿元, 万元…)</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="227"/>
        <source>“%1” is not a year or a span of years (2024, 2021-2025)</source>
        <translation>“%1” is not a year or a span of years (2024, 2021-2025)</translation>
    </message>
</context>
<context>
    <name>ReportLens::IndicatorPane</name>
    <message>
        <location filename="../ui/indicators/indicatorpane.cpp" line="51"/>
        <source>Filter indicators</source>
        <translation>Filter indicators</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatorpane.cpp" line="77"/>
        <location filename="../ui/indicators/indicatorpane.cpp" line="91"/>
        <source>Mark Figure as Wrong</source>
        <translation>Mark Figure as Wrong</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatorpane.cpp" line="90"/>
        <source>Figure Is Not Wrong</source>
        <translation>Figure Is Not Wrong</translation>
    </message>
</context>
<context>
    <name>ReportLens::LibraryModel</name>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="59"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="60"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="61"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="62"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="63"/>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="98"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="99"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="100"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="101"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="102"/>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="103"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
</context>
<context>
    <name>ReportLens::LibraryPane</name>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="33"/>
        <source>Filter by region, year or title</source>
        <translation>Filter by region, year or title</translation>
    </message>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="51"/>
        <source>By Region</source>
        <translation>By Region</translation>
    </message>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="52"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
</context>
<context>
    <name>ReportLens::LibraryTreeModel</name>
    <message>
        <location filename="../ui/library/librarytreemodel.cpp" line="42"/>
        <source>(Unknown region)</source>
        <translation>(Unknown region)</translation>
    </message>
    <message>
        <location filename="../ui/library/librarytreemodel.cpp" line="73"/>
        <source>Year unknown</source>
        <translation>Year unknown</translation>
    </message>
    <message>
        <location filename="../ui/library/librarytreemodel.cpp" line="86"/>
        <source>(Untitled)</source>
        <translation>(Untitled)</translation>
    </message>
</context>
<context>
    <name>ReportLens::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>%Ln report(s) in the library</source>
        <translation>
            <numerusform>%Ln report in the library</numerusform>
            <numerusform>%Ln reports in the library</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Side by Side</source>
        <translation>Side by Side</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Double-click a highlight in the Annotations pane to edit it</source>
        <translation>Double-click a highlight in the Annotations pane to edit it</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>ReportLens</source>
        <translation>ReportLens</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>, %Ln already in the library</source>
        <translation>
            <numerusform>, %Ln already in the library</numerusform>
            <numerusform>, %Ln already in the library</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source> (cancelled)</source>
        <translation> (cancelled)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>%n file(s) could not be imported:

%1</source>
        <translation>
            <numerusform>%n file could not be imported:

%1</numerusform>
            <numerusform>%n files could not be imported:

%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>&lt;b&gt;Welcome to ReportLens.&lt;/b&gt; &lt;b&gt;Import&lt;/b&gt; reports (web pages, text, PDF, Word) with the button or by dropping files on the library. &lt;b&gt;Read&lt;/b&gt; with the outline; press 1–5 on selected text to &lt;b&gt;highlight&lt;/b&gt; it, Ctrl+E to add a note. &lt;b&gt;Compare&lt;/b&gt;: Ctrl+click two or more reports in the library, then Ctrl+Shift+C. Figures and their trends are under Indicators and Charts. All keys: F1.</source>
        <translation>&lt;b&gt;Welcome to ReportLens.&lt;/b&gt; &lt;b&gt;Import&lt;/b&gt; reports (web pages, text, PDF, Word) with the button or by dropping files on the library. &lt;b&gt;Read&lt;/b&gt; with the outline; press 1–5 on selected text to &lt;b&gt;highlight&lt;/b&gt; it, Ctrl+E to add a note. &lt;b&gt;Compare&lt;/b&gt;: Ctrl+click two or more reports in the library, then Ctrl+Shift+C. Figures and their trends are under Indicators and Charts. All keys: F1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Import Reports…</source>
        <translation>Import Reports…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Got It</source>
        <translation>Got It</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="228"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>%Ln figure(s)</source>
        <translation>
            <numerusform>%Ln figure</numerusform>
            <numerusform>%Ln figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>, %Ln annotation(s) in view</source>
        <translation>
            <numerusform>, %Ln annotation in view</numerusform>
            <numerusform>, %Ln annotations in view</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Team library %1: connected, live</source>
        <translation>Team library %1: connected, live</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Team library %1: connection lost, reconnecting…</source>
        <translation>Team library %1: connection lost, reconnecting…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Team library %1: read-only (upgraded by a newer ReportLens)</source>
        <translation>Team library %1: read-only (upgraded by a newer ReportLens)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>No reports read yet</source>
        <translation>No reports read yet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>Select two or more reports in the library to compare them</source>
        <translation>Select two or more reports in the library to compare them</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>%1 — ReportLens</source>
        <translation>%1 — ReportLens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Open &amp;Team Library…</source>
        <translation>Open &amp;Team Library…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>Recent &amp;Reports</source>
        <translation>Recent &amp;Reports</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>Recent Imports</source>
        <translation>Recent Imports</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>&amp;Reload Report from File</source>
        <translation>&amp;Reload Report from File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Read &amp;Figures Again</source>
        <translation>Read &amp;Figures Again</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>&amp;Delete Report…</source>
        <translation>&amp;Delete Report…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Export Report as PDF…</source>
        <translation>&amp;Export Report as PDF…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <source>&amp;Find in Report…</source>
        <translation>&amp;Find in Report…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>Search All Reports</source>
        <translation>Search All Reports</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="447"/>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Highlight Selection</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>Colour %1 (key %1)</source>
        <translation>Colour %1 (key %1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>Select text in the reader first</source>
        <translation>Select text in the reader first</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>Edit &amp;Annotation…</source>
        <translation>Edit &amp;Annotation…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>Report &amp;Details…</source>
        <translation>Report &amp;Details…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>&amp;Compare Selected Reports</source>
        <translation>&amp;Compare Selected Reports</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="481"/>
        <source>All &amp;Annotations</source>
        <translation>All &amp;Annotations</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="488"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>Show the &amp;Welcome Hint</source>
        <translation>Show the &amp;Welcome Hint</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>&amp;About ReportLens</source>
        <translation>&amp;About ReportLens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="72"/>
        <source>An import is already running</source>
        <translation>An import is already running</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="83"/>
        <source>Reports (%1);;All files (*)</source>
        <translation>Reports (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="88"/>
        <source>Import Reports</source>
        <translation>Import Reports</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="93"/>
        <source>Import a Folder of Reports</source>
        <translation>Import a Folder of Reports</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="105"/>
        <source>Reload Report from File</source>
        <translation>Reload Report from File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="114"/>
        <source>Reading %1 again…</source>
        <translation>Reading %1 again…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="121"/>
        <source>Reload Report</source>
        <translation>Reload Report</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowcommands.cpp" line="127"/>
        <source>Reloaded; %n annotation(s) need review</source>
        <translation>
            <numerusform>Reloaded; %n annotation need review</numerusform>
            <numerusform>Reloaded; %n annotations need review</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="127"/>
        <source>Reloaded</source>
        <translation>Reloaded</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="134"/>
        <location filename="../ui/mainwindowcommands.cpp" line="153"/>
        <location filename="../ui/mainwindowcommands.cpp" line="165"/>
        <source>Read Figures Again</source>
        <translation>Read Figures Again</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="135"/>
        <source>This version of ReportLens reads figures more accurately than the one that read this library&apos;s reports.</source>
        <translation>This version of ReportLens reads figures more accurately than the one that read this library&apos;s reports.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowcommands.cpp" line="138"/>
        <source>Read the figures of all %Ln report(s) again now? Figures you corrected or marked wrong are kept. You can also do it later from the File menu.</source>
        <translation>
            <numerusform>Read the figures of all %Ln report again now? Figures you corrected or marked wrong are kept. You can also do it later from the File menu.</numerusform>
            <numerusform>Read the figures of all %Ln reports again now? Figures you corrected or marked wrong are kept. You can also do it later from the File menu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="141"/>
        <source>Read Again</source>
        <translation>Read Again</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="142"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="151"/>
        <source>Reading the figures of every report again…</source>
        <translation>Reading the figures of every report again…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="151"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowcommands.cpp" line="166"/>
        <source>Figures of %Ln report(s) read again: %1 before, %2 now</source>
        <translation>
            <numerusform>Figures of %Ln report read again: %1 before, %2 now</numerusform>
            <numerusform>Figures of %Ln reports read again: %1 before, %2 now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="179"/>
        <source>Delete Report</source>
        <translation>Delete Report</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowcommands.cpp" line="180"/>
        <source>Delete “%1” from the library? Its %n annotation(s) are deleted with it. Edit ▸ Undo brings everything back.</source>
        <translation>
            <numerusform>Delete “%1” from the library? Its %n annotation is deleted with it. Edit ▸ Undo brings everything back.</numerusform>
            <numerusform>Delete “%1” from the library? Its %n annotations are deleted with it. Edit ▸ Undo brings everything back.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="203"/>
        <source>Put the cursor in a highlight to edit its note and tags</source>
        <translation>Put the cursor in a highlight to edit its note and tags</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="218"/>
        <location filename="../ui/mainwindowcommands.cpp" line="225"/>
        <source>Export Report as PDF</source>
        <translation>Export Report as PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="228"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="247"/>
        <source>Print Preview — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="276"/>
        <source>Open Team Library</source>
        <translation>Open Team Library</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="277"/>
        <source>A window for the team library could not be started: %1</source>
        <translation>A window for the team library could not be started: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>About ReportLens</source>
        <translation>About ReportLens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>&lt;h3&gt;ReportLens %1&lt;/h3&gt;&lt;p&gt;Read, compare and mine Chinese government work reports.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReportLens %1&lt;/h3&gt;&lt;p&gt;Read, compare and mine Chinese government work reports.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Imported %Ln report(s)</source>
        <translation>
            <numerusform>Imported %Ln report</numerusform>
            <numerusform>Imported %Ln reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLens::MetadataDialog</name>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="27"/>
        <source>Report Details</source>
        <translation>Report Details</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="30"/>
        <location filename="../ui/library/metadatadialog.cpp" line="34"/>
        <location filename="../ui/library/metadatadialog.cpp" line="39"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="45"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="46"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="47"/>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="48"/>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="49"/>
        <source>Meeting date:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="50"/>
        <source>Speaker:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="51"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="53"/>
        <source>Traditional characters</source>
        <translation>Traditional characters</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="53"/>
        <source>Simplified characters</source>
        <translation>Simplified characters</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="59"/>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="64"/>
        <source>Nothing: the file read cleanly as it was.</source>
        <translation>Nothing: the file read cleanly as it was.</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="66"/>
        <source>Import repaired:</source>
        <translation>Import repaired:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/metadatadialog.cpp" line="74"/>
        <source>%n line break(s) of the page layout or a fixed width joined</source>
        <translation>
            <numerusform>%n line break of the page layout or a fixed width joined</numerusform>
            <numerusform>%n line breaks of the page layout or a fixed width joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/metadatadialog.cpp" line="76"/>
        <source>%n running header(s), footer(s) and page number(s) removed</source>
        <translation>
            <numerusform>%n running header, footer and page number removed</numerusform>
            <numerusform>%n running headers, footers and page numbers removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/metadatadialog.cpp" line="78"/>
        <source>%n page(s) set in columns read column by column</source>
        <translation>
            <numerusform>%n page set in columns read column by column</numerusform>
            <numerusform>%n pages set in columns read column by column</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/metadatadialog.cpp" line="80"/>
        <source>Paragraphs recovered from a text without line breaks (%n paragraph(s))</source>
        <translation>
            <numerusform>Paragraphs recovered from a text without line breaks (%n paragraph)</numerusform>
            <numerusform>Paragraphs recovered from a text without line breaks (%n paragraphs)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="82"/>
        <source>Written in Traditional characters: details, outline, figures and search read a Simplified folding</source>
        <translation>Written in Traditional characters: details, outline, figures and search read a Simplified folding</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="84"/>
        <source>Converted with LibreOffice (%1)</source>
        <translation>Converted with LibreOffice (%1)</translation>
    </message>
</context>
<context>
    <name>ReportLens::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="25"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="26"/>
        <location filename="../ui/preferencesdialog.cpp" line="36"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="37"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="48"/>
        <source>Reading font:</source>
        <translation>Reading font:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="49"/>
        <source>Text size:</source>
        <translation>Text size:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="50"/>
        <source>Colours:</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="40"/>
        <source>A new language takes effect when ReportLens starts again.</source>
        <translation>A new language takes effect when ReportLens starts again.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="46"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>ReportLens::ReaderView</name>
    <message>
        <location filename="../ui/reader/readerview.cpp" line="356"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location filename="../ui/reader/readerview.cpp" line="360"/>
        <source>Needs review: the text changed here</source>
        <translation>Needs review: the text changed here</translation>
    </message>
    <message>
        <location filename="../ui/reader/readerview.cpp" line="369"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %3&lt;br/&gt;%4, %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %3&lt;br/&gt;%4, %5</translation>
    </message>
    <message>
        <location filename="../ui/reader/readerview.cpp" line="448"/>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
</context>
<context>
    <name>ReportLens::SearchPane</name>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="45"/>
        <source>Most hits first</source>
        <translation>Most hits first</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="43"/>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="44"/>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="51"/>
        <source>Search all reports (就业, 高质量发展 …)</source>
        <translation>Search all reports (就业, 高质量发展 …)</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="159"/>
        <source>Search failed: %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchpane.cpp" line="173"/>
        <source>%Ln hit(s) in %1 report(s)</source>
        <translation>
            <numerusform>%Ln hit in %1 report</numerusform>
            <numerusform>%Ln hits in %1 reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchpane.cpp" line="175"/>
        <source>The first %Ln report(s) found; counting the others…</source>
        <translation>
            <numerusform>The first report found; counting the others…</numerusform>
            <numerusform>The first %Ln reports found; counting the others…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLens::SearchResultModel</name>
    <message numerus="yes">
        <location filename="../ui/search/searchresultmodel.cpp" line="157"/>
        <source>%1 — %Ln hit(s)</source>
        <translation>
            <numerusform>%1 — %Ln hit</numerusform>
            <numerusform>%1 — %Ln hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLens::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="43"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="53"/>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="54"/>
        <source>Highlight the selection in colour 1–5</source>
        <translation>Highlight the selection in colour 1–5</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="56"/>
        <source>Start / end of the report</source>
        <translation>Start / end of the report</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="59"/>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="61"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="61"/>
        <source>Mark the figure as wrong</source>
        <translation>Mark the figure as wrong</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="67"/>
        <source>Filter commands</source>
        <translation>Filter commands</translation>
    </message>
</context>
<context>
    <name>ReportLens::TeamLibraryDialog</name>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="28"/>
        <source>Open Team Library</source>
        <translation>Open Team Library</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="29"/>
        <source>server name, or the folder of its Unix socket</source>
        <translation>server name, or the folder of its Unix socket</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="35"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="36"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="37"/>
        <source>&amp;Library (database):</source>
        <translation>&amp;Library (database):</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="38"/>
        <source>&amp;Member:</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="39"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="41"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="44"/>
        <source>A team library is kept on a PostgreSQL server that your team&apos;s administrator set up (docs/TEAM.md). It opens in a window of its own.</source>
        <translation>A team library is kept on a PostgreSQL server that your team&apos;s administrator set up (docs/TEAM.md). It opens in a window of its own.</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="85"/>
        <source>Say which library and which member.</source>
        <translation>Say which library and which member.</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="90"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="97"/>
        <source>Could not open the team library: %1</source>
        <translation>Could not open the team library: %1</translation>
    </message>
</context>
<context>
    <name>ReportLens::TermChangesView</name>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="22"/>
        <source>Filter terms</source>
        <translation>Filter terms</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="28"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="28"/>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="36"/>
        <source>Double-click or press Enter to find the term in its report</source>
        <translation>Double-click or press Enter to find the term in its report</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="63"/>
        <source>%1 against %2</source>
        <translation>%1 against %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/termchangesview.cpp" line="83"/>
        <source>New in %1 (%n terms)</source>
        <translation>
            <numerusform>New in %1 (%n term)</numerusform>
            <numerusform>New in %1 (%n terms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/termchangesview.cpp" line="84"/>
        <source>Dropped from %1 (%n terms)</source>
        <translation>
            <numerusform>Dropped from %1 (%n term)</numerusform>
            <numerusform>Dropped from %1 (%n terms)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="97"/>
        <source>Weight %1: uses, times how rare the term is in the library</source>
        <translation>Weight %1: uses, times how rare the term is in the library</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="98"/>
        <source>Ordered by uses until the library has been read</source>
        <translation>Ordered by uses until the library has been read</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../ui/reader/reportprinter.cpp" line="85"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/reader/reportprinter.cpp" line="105"/>
        <location filename="../ui/reader/reportprinter.cpp" line="117"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Read, compare and mine Chinese government work reports.</source>
        <translation>Read, compare and mine Chinese government work reports.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>The library: an SQLite file, or a team library&apos;s postgresql:// URL.</source>
        <translation>The library: an SQLite file, or a team library&apos;s postgresql:// URL.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Open this report.</source>
        <translation>Open this report.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Show these reports side by side.</source>
        <translation>Show these reports side by side.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>Start on a view: reader, compare, charts or annotations.</source>
        <translation>Start on a view: reader, compare, charts or annotations.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Reports to import: files or folders.</source>
        <translation>Reports to import: files or folders.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>The file is kept. ReportLens can rename it and start a new, empty library in its place.</source>
        <translation>The file is kept. ReportLens can rename it and start a new, empty library in its place.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Move Aside and Start Fresh</source>
        <translation>Move Aside and Start Fresh</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="114"/>
        <source>The unreadable library was kept as %1.</source>
        <translation>The unreadable library was kept as %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>Upgrading the library %1 to this version&apos;s format. A backup copy is made first. This happens once and can take a few minutes for a large library.</source>
        <translation>Upgrading the library %1 to this version&apos;s format. A backup copy is made first. This happens once and can take a few minutes for a large library.</translation>
    </message>
</context>
</TS>
