<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReportLens::AnnotationBrowser</name>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="44"/>
        <source>Needs review</source>
        <translation>待核对</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="47"/>
        <source>Whole library</source>
        <translation>整个资料库</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="47"/>
        <source>Current report</source>
        <translation>当前报告</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="48"/>
        <source>Any colour</source>
        <translation>所有颜色</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="54"/>
        <source>Colour %1</source>
        <translation>颜色 %1</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="56"/>
        <source>Filter passages and notes</source>
        <translation>筛选摘录和笔记</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="66"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="67"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="147"/>
        <source>Any tag</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="160"/>
        <source>Any author</source>
        <translation>所有作者</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="162"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="190"/>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="213"/>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="190"/>
        <source>There are no annotations to export.</source>
        <translation>没有可导出的批注。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotations/annotationbrowser.cpp" line="196"/>
        <source>Export %n Annotation(s)</source>
        <translation>
            <numerusform>导出 %n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="198"/>
        <source>Markdown (*.md);;CSV (*.csv);;W3C Web Annotation JSON (*.jsonld *.json)</source>
        <translation>Markdown (*.md);;CSV (*.csv);;W3C 网络批注 JSON (*.jsonld *.json)</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationbrowser.cpp" line="214"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportLens::AnnotationEditor</name>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="23"/>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="32"/>
        <source>Colour %1</source>
        <translation>颜色 %1</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="35"/>
        <source>Comma-separated, e.g. 就业, 财政</source>
        <translation>用逗号分隔，例如：就业, 财政</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="41"/>
        <source>Passage:</source>
        <translation>摘录：</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="42"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="43"/>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationeditor.cpp" line="44"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>ReportLens::AnnotationModel</name>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="71"/>
        <source>%1 (team, hidden)</source>
        <translation>%1（团队，已隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="71"/>
        <source>%1 (team)</source>
        <translation>%1（团队）</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="72"/>
        <source>%1 (private)</source>
        <translation>%1（私人）</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="73"/>
        <source>Needs review</source>
        <translation>待核对</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="73"/>
        <source>Anchored</source>
        <translation>已定位</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="83"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="84"/>
        <source>Passage</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="85"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="86"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="87"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="88"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="89"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../ui/annotations/annotationmodel.cpp" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ReportLens::ChartPane</name>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="55"/>
        <source>Outcomes</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="56"/>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="72"/>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="73"/>
        <source>Metric:</source>
        <translation>口径：</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="74"/>
        <source>Regions:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="77"/>
        <location filename="../ui/charts/chartpane.cpp" line="86"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="84"/>
        <source>Terms separated by commas: 高质量发展, 疫情</source>
        <translation>用逗号分隔的词语：高质量发展, 疫情</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="85"/>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="96"/>
        <source>First used</source>
        <translation>首次使用</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="96"/>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="96"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="96"/>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="102"/>
        <source>Double-click to open the report where the term was first used</source>
        <translation>双击打开首次使用该词语的报告</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="117"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="118"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="194"/>
        <source>Each region</source>
        <translation>各地区分别</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="195"/>
        <source>All regions pooled</source>
        <translation>所有地区合计</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="218"/>
        <source>Growth (%)</source>
        <translation>增长率（%）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="219"/>
        <source>Rate (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="220"/>
        <source>Level (%1)</source>
        <translation>总量（%1）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="311"/>
        <source> (estimated)</source>
        <translation>（预计）</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="312"/>
        <source>from the %1 report</source>
        <translation>出自 %1 年报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/chartpane.cpp" line="364"/>
        <source>One line per region. %n region(s) with reports of a single year (or beyond the first %1) are not drawn.</source>
        <translation>
            <numerusform>每个地区一条线。另有 %n 个地区（只有一年的报告，或超出前 %1 个）未画出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="369"/>
        <source>Pooled: the reports of all regions counted together, year by year.</source>
        <translation>合计：每年所有地区的报告合在一起统计。</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="375"/>
        <source>(Unknown region) %1</source>
        <translation>（地区未知）%1年</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="378"/>
        <source>Report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="407"/>
        <location filename="../ui/charts/chartpane.cpp" line="414"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartpane.cpp" line="408"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ReportLens::Commands</name>
    <message>
        <location filename="../core/document/commands/addannotationcommand.cpp" line="13"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../core/document/commands/correctfigurecommand.cpp" line="16"/>
        <source>Mark Figure Wrong</source>
        <translation>标记数字有误</translation>
    </message>
    <message>
        <location filename="../core/document/commands/correctfigurecommand.cpp" line="17"/>
        <source>Restore Figure</source>
        <translation>恢复数字</translation>
    </message>
    <message>
        <location filename="../core/document/commands/correctfigurecommand.cpp" line="19"/>
        <source>Correct Indicator</source>
        <translation>修正指标</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/document/commands/removeannotationcommand.cpp" line="13"/>
        <source>Delete %n Annotation(s)</source>
        <translation>
            <numerusform>删除 %n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/document/commands/replacereportcommand.cpp" line="19"/>
        <source>Delete Report</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <location filename="../core/document/commands/replacereportcommand.cpp" line="28"/>
        <source>Reload Report from File</source>
        <translation>从文件重新载入报告</translation>
    </message>
    <message>
        <location filename="../core/document/commands/setmetadatacommand.cpp" line="14"/>
        <source>Edit Metadata</source>
        <translation>编辑报告信息</translation>
    </message>
    <message>
        <location filename="../core/document/commands/changeannotationcommand.cpp" line="14"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../core/document/commands/changeannotationcommand.cpp" line="15"/>
        <source>Change Highlight Colour</source>
        <translation>更改高亮颜色</translation>
    </message>
    <message>
        <location filename="../core/document/commands/changeannotationcommand.cpp" line="16"/>
        <source>Tag Annotation</source>
        <translation>为批注加标签</translation>
    </message>
    <message>
        <location filename="../core/document/commands/changeannotationcommand.cpp" line="17"/>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
</context>
<context>
    <name>ReportLens::CompareView</name>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="93"/>
        <source>Linked Navigation</source>
        <translation>联动导航</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="94"/>
        <source>Outlines in Side by Side</source>
        <translation>对照中显示目录</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="96"/>
        <source>Show Changes</source>
        <translation>显示变化</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="97"/>
        <source>Next Change</source>
        <translation>下一处变化</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="98"/>
        <source>Previous Change</source>
        <translation>上一处变化</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="100"/>
        <source>Export Changes…</source>
        <translation>导出变化…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="104"/>
        <source>Save what changed against the first report as Markdown, for an article</source>
        <translation>将相对于第一份报告的变化保存为 Markdown，便于写入文章</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="111"/>
        <source>Mark what is new or dropped against the first report</source>
        <translation>标出相对于第一份报告新增或删去的内容</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="125"/>
        <source>Choosing a section in one report shows the matching section in the others</source>
        <translation>在一份报告中选择章节时，其他报告显示对应章节</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="130"/>
        <source>Show each report&apos;s outline above its text</source>
        <translation>在每份报告正文上方显示其目录</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="151"/>
        <source>Double-click or press Enter to show both sentences side by side</source>
        <translation>双击或按回车键，在两侧同时显示这两句</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="156"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="157"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="158"/>
        <source>Terms</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="233"/>
        <source>Comparing the reports…</source>
        <translation>正在比较报告…</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="250"/>
        <source>%1 against %2: %3 sentences the same, %4 edited, %5 dropped (red), %6 new (green).</source>
        <translation>%1 对比 %2：%3 句相同，%4 句改动，%5 句删去（红色），%6 句新增（绿色）。</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="258"/>
        <source>Sections: %1 added, %2 removed, %3 split, merged or renamed.</source>
        <translation>章节：新增 %1 个，删去 %2 个，拆分、合并或改名 %3 个。</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="268"/>
        <source>Targets changed: %1.</source>
        <translation>目标变化：%1。</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="276"/>
        <source>New terms: %1.</source>
        <translation>新词语：%1。</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="278"/>
        <source>Dropped: %1.</source>
        <translation>不再使用：%1。</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="320"/>
        <location filename="../ui/compare/compareview.cpp" line="327"/>
        <source>Export Changes</source>
        <translation>导出变化</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="321"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/compare/compareview.cpp" line="328"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportLens::ConflictDialog</name>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="24"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="25"/>
        <source>Colour %1 · tags: %2</source>
        <translation>颜色 %1 · 标签：%2</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="35"/>
        <source>Annotation Changed Elsewhere</source>
        <translation>批注已在别处被修改</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="38"/>
        <source>While you were editing, this annotation on “%1” was changed elsewhere (revision %2; you edited revision %3). Nothing has been overwritten. Which version do you want to keep?</source>
        <translation>在你编辑期间，“%1”上的这条批注已在别处被修改（第 %2 版；你编辑的是第 %3 版）。没有任何内容被覆盖。要保留哪个版本？</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="47"/>
        <source>Stored now</source>
        <translation>现在保存的版本</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="47"/>
        <source>Changed %1</source>
        <translation>修改于 %1</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="48"/>
        <source>Your edit</source>
        <translation>你的修改</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="48"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="52"/>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="53"/>
        <source>Keep &amp;Both Notes</source>
        <translation>两份笔记都保留(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/annotations/conflictdialog.cpp" line="54"/>
        <source>Keep &amp;Stored Version</source>
        <translation>保留已保存的版本(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReportLens::Document</name>
    <message>
        <location filename="../core/document/document.cpp" line="89"/>
        <source>The report could not be opened: %1</source>
        <translation>无法打开报告：%1</translation>
    </message>
    <message>
        <location filename="../core/document/document.cpp" line="94"/>
        <source>The report&apos;s annotations could not be read: %1</source>
        <translation>无法读取报告的批注：%1</translation>
    </message>
</context>
<context>
    <name>ReportLens::DocumentEditor</name>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="40"/>
        <source>The annotation could not be read: %1</source>
        <translation>无法读取批注：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="41"/>
        <source>it is no longer in the library</source>
        <translation>它已不在资料库中</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="50"/>
        <source>The highlight could not be saved: %1</source>
        <translation>无法保存高亮：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="65"/>
        <source>The annotation could not be saved: %1</source>
        <translation>无法保存批注：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="78"/>
        <location filename="../core/document/documenteditor.cpp" line="84"/>
        <location filename="../core/document/documenteditor.cpp" line="87"/>
        <location filename="../core/document/documenteditor.cpp" line="91"/>
        <source>The annotations could not be deleted: %1</source>
        <translation>无法删除批注：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="85"/>
        <source>one is no longer in the library</source>
        <translation>其中一条已不在资料库中</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="103"/>
        <location filename="../core/document/documenteditor.cpp" line="107"/>
        <location filename="../core/document/documenteditor.cpp" line="111"/>
        <source>The annotations could not be restored: %1</source>
        <translation>无法恢复批注：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="121"/>
        <location filename="../core/document/documenteditor.cpp" line="159"/>
        <source>The report could not be read: %1</source>
        <translation>无法读取报告：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="131"/>
        <source>The metadata could not be saved: %1</source>
        <translation>无法保存报告信息：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="141"/>
        <source>The figure could not be read: %1</source>
        <translation>无法读取数字：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="149"/>
        <source>The figure could not be saved: %1</source>
        <translation>无法保存数字：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="167"/>
        <source>The report could not be restored: %1</source>
        <translation>无法恢复报告：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="176"/>
        <source>The report could not be deleted: %1</source>
        <translation>无法删除报告：%1</translation>
    </message>
    <message>
        <location filename="../core/document/documenteditor.cpp" line="186"/>
        <source>The report could not be read again: %1</source>
        <translation>无法重新读取报告：%1</translation>
    </message>
</context>
<context>
    <name>ReportLens::FindBar</name>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="24"/>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="28"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="31"/>
        <source>Next match (F3)</source>
        <translation>下一个 (F3)</translation>
    </message>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="34"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/reader/findbar.cpp" line="106"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reader/findbar.cpp" line="108"/>
        <source>%1 of %n</source>
        <translation>
            <numerusform>第 %1 处，共 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reader/findbar.cpp" line="110"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLens::ImportController</name>
    <message>
        <location filename="../ui/library/importcontroller.cpp" line="42"/>
        <source>Importing reports…</source>
        <translation>正在导入报告…</translation>
    </message>
    <message>
        <location filename="../ui/library/importcontroller.cpp" line="42"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/library/importcontroller.cpp" line="43"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/library/importcontroller.cpp" line="69"/>
        <source>Importing %1 of %2
%3</source>
        <translation>正在导入第 %1 个，共 %2 个
%3</translation>
    </message>
</context>
<context>
    <name>ReportLens::IndicatorCompareModel</name>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="59"/>
        <source>kept</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="60"/>
        <source>raised</source>
        <translation>提高</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="61"/>
        <source>lowered</source>
        <translation>降低</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="74"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="75"/>
        <source>Metric</source>
        <translation>口径</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="76"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="77"/>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="79"/>
        <source>Period (%1)</source>
        <translation>时期（%1）</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="81"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location filename="../ui/compare/indicatorcomparemodel.cpp" line="82"/>
        <source>Target</source>
        <translation>目标变化</translation>
    </message>
</context>
<context>
    <name>ReportLens::IndicatorModel</name>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="32"/>
        <source>Level</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="33"/>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="36"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="47"/>
        <source>Outcome</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="48"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="51"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="57"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="58"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="59"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="67"/>
        <source>a year named before it</source>
        <translation>前文写明了年份</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="68"/>
        <source>the section it stands in (review or plan)</source>
        <translation>所在章节（回顾或安排）</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="69"/>
        <source>今年 before it</source>
        <translation>前有“今年”</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="70"/>
        <source>去年 or 一年来 before it</source>
        <translation>前有“去年”或“一年来”</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="71"/>
        <source>a span named before it (五年来, 今后五年)</source>
        <translation>前面写明了时段（五年来、今后五年）</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="72"/>
        <source>an average over a span (年均)</source>
        <translation>时段内的年均数</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="73"/>
        <source>a five-year plan named before it</source>
        <translation>前面写明了五年规划</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="74"/>
        <source>a target word in its clause (控制在, 预期, 力争)</source>
        <translation>分句中有目标用语（控制在、预期、力争）</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="75"/>
        <source>an estimate (预计, 初步统计) of the year under review</source>
        <translation>回顾年度的预计数（预计、初步统计）</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="76"/>
        <source>its place in a list with 分别</source>
        <translation>在“分别”列举中的位置</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="77"/>
        <source>one end of a change 从…到</source>
        <translation>“从…到”变化的一端</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="78"/>
        <source>nothing in the text dates it: assumed from the report&apos;s year</source>
        <translation>文中未写明年份：按报告年份推定</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="86"/>
        <source>Confidence: %1 — %2</source>
        <translation>可信度：%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="138"/>
        <location filename="../ui/reader/readerview.cpp" line="367"/>
        <source>%1 (estimated)</source>
        <translation>%1（预计）</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="149"/>
        <source>edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="149"/>
        <source>marked wrong</source>
        <translation>已标记有误</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="160"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="161"/>
        <source>Metric</source>
        <translation>口径</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="162"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="163"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="164"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="165"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="166"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="167"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="168"/>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="203"/>
        <source>“%1” is not a number (write 5.5, or a range as 6-6.5)</source>
        <translation>“%1”不是数字（请写 5.5，区间写作 6-6.5）</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="211"/>
        <source>%1 cannot be drawn in %2: write a unit of the same kind (亿元, 万亿元, 万元…)</source>
        <translation>%1 无法换算为 %2：请写同类单位（亿元、万亿元、万元…）</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatormodel.cpp" line="227"/>
        <source>“%1” is not a year or a span of years (2024, 2021-2025)</source>
        <translation>“%1”不是年份或年份区间（2024、2021-2025）</translation>
    </message>
</context>
<context>
    <name>ReportLens::IndicatorPane</name>
    <message>
        <location filename="../ui/indicators/indicatorpane.cpp" line="51"/>
        <source>Filter indicators</source>
        <translation>筛选指标</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatorpane.cpp" line="77"/>
        <location filename="../ui/indicators/indicatorpane.cpp" line="91"/>
        <source>Mark Figure as Wrong</source>
        <translation>标记数字有误</translation>
    </message>
    <message>
        <location filename="../ui/indicators/indicatorpane.cpp" line="90"/>
        <source>Figure Is Not Wrong</source>
        <translation>数字无误</translation>
    </message>
</context>
<context>
    <name>ReportLens::LibraryModel</name>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="59"/>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="60"/>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="61"/>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="62"/>
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="63"/>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="98"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="99"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="100"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="101"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="102"/>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../ui/library/librarymodel.cpp" line="103"/>
        <source>Speaker</source>
        <translation>报告人</translation>
    </message>
</context>
<context>
    <name>ReportLens::LibraryPane</name>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="33"/>
        <source>Filter by region, year or title</source>
        <translation>按地区、年份或标题筛选</translation>
    </message>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="51"/>
        <source>By Region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <location filename="../ui/library/librarypane.cpp" line="52"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>ReportLens::LibraryTreeModel</name>
    <message>
        <location filename="../ui/library/librarytreemodel.cpp" line="42"/>
        <source>(Unknown region)</source>
        <translation>（地区未知）</translation>
    </message>
    <message>
        <location filename="../ui/library/librarytreemodel.cpp" line="73"/>
        <source>Year unknown</source>
        <translation>年份未知</translation>
    </message>
    <message>
        <location filename="../ui/library/librarytreemodel.cpp" line="86"/>
        <source>(Untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>ReportLens::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>%Ln report(s) in the library</source>
        <translation>
            <numerusform>资料库中共 %Ln 份报告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Reader</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Side by Side</source>
        <translation>对照</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Double-click a highlight in the Annotations pane to edit it</source>
        <translation>在批注面板中双击高亮即可编辑</translation>
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
            <numerusform>，%Ln 份已在资料库中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>%n file(s) could not be imported:

%1</source>
        <translation>
            <numerusform>%n 个文件未能导入：

%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>&lt;b&gt;Welcome to ReportLens.&lt;/b&gt; &lt;b&gt;Import&lt;/b&gt; reports (web pages, text, PDF, Word) with the button or by dropping files on the library. &lt;b&gt;Read&lt;/b&gt; with the outline; press 1–5 on selected text to &lt;b&gt;highlight&lt;/b&gt; it, Ctrl+E to add a note. &lt;b&gt;Compare&lt;/b&gt;: Ctrl+click two or more reports in the library, then Ctrl+Shift+C. Figures and their trends are under Indicators and Charts. All keys: F1.</source>
        <translation>&lt;b&gt;欢迎使用 ReportLens。&lt;/b&gt;用右侧按钮或把文件拖到资料库即可&lt;b&gt;导入&lt;/b&gt;报告（网页、文本、PDF、Word）。借助目录&lt;b&gt;阅读&lt;/b&gt;；选中文字后按 1–5 &lt;b&gt;高亮&lt;/b&gt;，按 Ctrl+E 添加笔记。&lt;b&gt;对照&lt;/b&gt;：在资料库中按住 Ctrl 点选两份或更多报告，再按 Ctrl+Shift+C。各项数据及其走势见“指标”和“图表”。全部快捷键：F1。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Import Reports…</source>
        <translation>导入报告…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Got It</source>
        <translation>知道了</translation>
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
            <numerusform>%Ln 项数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>, %Ln annotation(s) in view</source>
        <translation>
            <numerusform>、%Ln 条批注在视图中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Team library %1: connected, live</source>
        <translation>团队库 %1：已连接，实时更新</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="246"/>
        <source>Team library %1: connection lost, reconnecting…</source>
        <translation>团队库 %1：连接中断，正在重新连接…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Team library %1: read-only (upgraded by a newer ReportLens)</source>
        <translation>团队库 %1：只读（已被更新版本的 ReportLens 升级）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>No reports read yet</source>
        <translation>尚未阅读任何报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>Select two or more reports in the library to compare them</source>
        <translation>请在资料库中选择两份或更多报告进行对照</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>%1 — ReportLens</source>
        <translation>%1 — ReportLens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Open &amp;Team Library…</source>
        <translation>打开团队库(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>Recent &amp;Reports</source>
        <translation>最近阅读的报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>Recent Imports</source>
        <translation>最近导入</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>&amp;Reload Report from File</source>
        <translation>从文件重新载入报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="409"/>
        <source>Read &amp;Figures Again</source>
        <translation>重新提取数字(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>&amp;Delete Report…</source>
        <translation>删除报告(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>&amp;Export Report as PDF…</source>
        <translation>将报告导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="413"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="414"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="420"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="422"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="433"/>
        <source>&amp;Find in Report…</source>
        <translation>在报告中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="435"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>Search All Reports</source>
        <translation>搜索全部报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="445"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="447"/>
        <source>&amp;Highlight Selection</source>
        <translation>高亮所选内容(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="449"/>
        <source>Colour %1 (key %1)</source>
        <translation>颜色 %1（按键 %1）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>Select text in the reader first</source>
        <translation>请先在阅读区选择文字</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>Edit &amp;Annotation…</source>
        <translation>编辑批注(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>Report &amp;Details…</source>
        <translation>报告信息(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="458"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="471"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="473"/>
        <source>&amp;Compare Selected Reports</source>
        <translation>对照所选报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="481"/>
        <source>All &amp;Annotations</source>
        <translation>全部批注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="482"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="488"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>Show the &amp;Welcome Hint</source>
        <translation>显示欢迎提示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>&amp;About ReportLens</source>
        <translation>关于 ReportLens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="72"/>
        <source>An import is already running</source>
        <translation>已有导入正在进行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="83"/>
        <source>Reports (%1);;All files (*)</source>
        <translation>报告 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="88"/>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="93"/>
        <source>Import a Folder of Reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="105"/>
        <source>Reload Report from File</source>
        <translation>从文件重新载入报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="114"/>
        <source>Reading %1 again…</source>
        <translation>正在重新读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="121"/>
        <source>Reload Report</source>
        <translation>重新载入报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowcommands.cpp" line="127"/>
        <source>Reloaded; %n annotation(s) need review</source>
        <translation>
            <numerusform>已重新载入；%n 条批注待核对</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="127"/>
        <source>Reloaded</source>
        <translation>已重新载入</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="134"/>
        <location filename="../ui/mainwindowcommands.cpp" line="153"/>
        <location filename="../ui/mainwindowcommands.cpp" line="165"/>
        <source>Read Figures Again</source>
        <translation>重新提取数字</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="135"/>
        <source>This version of ReportLens reads figures more accurately than the one that read this library&apos;s reports.</source>
        <translation>本版 ReportLens 提取数字比读入本资料库时的版本更准确。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowcommands.cpp" line="138"/>
        <source>Read the figures of all %Ln report(s) again now? Figures you corrected or marked wrong are kept. You can also do it later from the File menu.</source>
        <translation>
            <numerusform>现在重新提取全部 %Ln 份报告的数字吗？您修正过或标记有误的数字会保留。也可以稍后从“文件”菜单进行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="141"/>
        <source>Read Again</source>
        <translation>重新提取</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="142"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="151"/>
        <source>Reading the figures of every report again…</source>
        <translation>正在重新提取每份报告的数字…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="151"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowcommands.cpp" line="166"/>
        <source>Figures of %Ln report(s) read again: %1 before, %2 now</source>
        <translation>
            <numerusform>已重新提取 %Ln 份报告的数字：之前 %1 个，现在 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="179"/>
        <source>Delete Report</source>
        <translation>删除报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindowcommands.cpp" line="180"/>
        <source>Delete “%1” from the library? Its %n annotation(s) are deleted with it. Edit ▸ Undo brings everything back.</source>
        <translation>
            <numerusform>从资料库中删除“%1”吗？它的 %n 条批注将一并删除。用“编辑 ▸ 撤销”可全部恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="203"/>
        <source>Put the cursor in a highlight to edit its note and tags</source>
        <translation>请将光标置于高亮处以编辑笔记和标签</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="218"/>
        <location filename="../ui/mainwindowcommands.cpp" line="225"/>
        <source>Export Report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="228"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="247"/>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="276"/>
        <source>Open Team Library</source>
        <translation>打开团队库</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowcommands.cpp" line="277"/>
        <source>A window for the team library could not be started: %1</source>
        <translation>无法为团队库启动窗口：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>About ReportLens</source>
        <translation>关于 ReportLens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>&lt;h3&gt;ReportLens %1&lt;/h3&gt;&lt;p&gt;Read, compare and mine Chinese government work reports.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReportLens %1&lt;/h3&gt;&lt;p&gt;阅读、对照和挖掘中国政府工作报告。&lt;/p&gt;&lt;p&gt;资料库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Imported %Ln report(s)</source>
        <translation>
            <numerusform>已导入 %Ln 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLens::MetadataDialog</name>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="27"/>
        <source>Report Details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="30"/>
        <location filename="../ui/library/metadatadialog.cpp" line="34"/>
        <location filename="../ui/library/metadatadialog.cpp" line="39"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="45"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="46"/>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="47"/>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="48"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="49"/>
        <source>Meeting date:</source>
        <translation>会议日期：</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="50"/>
        <source>Speaker:</source>
        <translation>报告人：</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="51"/>
        <source>Role:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="53"/>
        <source>Traditional characters</source>
        <translation>繁体字</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="53"/>
        <source>Simplified characters</source>
        <translation>简体字</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="59"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="64"/>
        <source>Nothing: the file read cleanly as it was.</source>
        <translation>无：文件按原样读取，无需修复。</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="66"/>
        <source>Import repaired:</source>
        <translation>导入时修复：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/metadatadialog.cpp" line="74"/>
        <source>%n line break(s) of the page layout or a fixed width joined</source>
        <translation>
            <numerusform>接回了 %n 处因版面或固定宽度造成的换行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/metadatadialog.cpp" line="76"/>
        <source>%n running header(s), footer(s) and page number(s) removed</source>
        <translation>
            <numerusform>去除了 %n 处页眉、页脚和页码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/metadatadialog.cpp" line="78"/>
        <source>%n page(s) set in columns read column by column</source>
        <translation>
            <numerusform>%n 页分栏排版，已按栏顺序读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/metadatadialog.cpp" line="80"/>
        <source>Paragraphs recovered from a text without line breaks (%n paragraph(s))</source>
        <translation>
            <numerusform>从无换行的文本中恢复了段落（%n 段）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="82"/>
        <source>Written in Traditional characters: details, outline, figures and search read a Simplified folding</source>
        <translation>繁体字文本：信息、提纲、数据和搜索使用其简体对应形式</translation>
    </message>
    <message>
        <location filename="../ui/library/metadatadialog.cpp" line="84"/>
        <source>Converted with LibreOffice (%1)</source>
        <translation>已用 LibreOffice 转换（%1）</translation>
    </message>
</context>
<context>
    <name>ReportLens::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="25"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="26"/>
        <location filename="../ui/preferencesdialog.cpp" line="36"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="37"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="38"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="48"/>
        <source>Reading font:</source>
        <translation>阅读字体：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="49"/>
        <source>Text size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="50"/>
        <source>Colours:</source>
        <translation>配色：</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="40"/>
        <source>A new language takes effect when ReportLens starts again.</source>
        <translation>新的界面语言将在 ReportLens 重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="46"/>
        <source>Language:</source>
        <translation>界面语言：</translation>
    </message>
</context>
<context>
    <name>ReportLens::ReaderView</name>
    <message>
        <location filename="../ui/reader/readerview.cpp" line="356"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../ui/reader/readerview.cpp" line="360"/>
        <source>Needs review: the text changed here</source>
        <translation>待核对：此处文字已改变</translation>
    </message>
    <message>
        <location filename="../ui/reader/readerview.cpp" line="369"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %3&lt;br/&gt;%4, %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %3&lt;br/&gt;%4，%5</translation>
    </message>
    <message>
        <location filename="../ui/reader/readerview.cpp" line="448"/>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>ReportLens::SearchPane</name>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="45"/>
        <source>Most hits first</source>
        <translation>命中最多在前</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="43"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="44"/>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="51"/>
        <source>Search all reports (就业, 高质量发展 …)</source>
        <translation>搜索全部报告（就业、高质量发展 …）</translation>
    </message>
    <message>
        <location filename="../ui/search/searchpane.cpp" line="159"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchpane.cpp" line="173"/>
        <source>%Ln hit(s) in %1 report(s)</source>
        <translation>
            <numerusform>%Ln 条结果，分布在 %1 份报告中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/searchpane.cpp" line="175"/>
        <source>The first %Ln report(s) found; counting the others…</source>
        <translation>
            <numerusform>已找到前 %Ln 份报告，正在统计其余结果…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLens::SearchResultModel</name>
    <message numerus="yes">
        <location filename="../ui/search/searchresultmodel.cpp" line="157"/>
        <source>%1 — %Ln hit(s)</source>
        <translation>
            <numerusform>%1 — %Ln 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLens::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="43"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="53"/>
        <source>Reader</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="54"/>
        <source>Highlight the selection in colour 1–5</source>
        <translation>以第 1–5 种颜色高亮所选文字</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="56"/>
        <source>Start / end of the report</source>
        <translation>报告开头 / 结尾</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="59"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="61"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="61"/>
        <source>Mark the figure as wrong</source>
        <translation>将数据标记为错误</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="67"/>
        <source>Filter commands</source>
        <translation>筛选命令</translation>
    </message>
</context>
<context>
    <name>ReportLens::TeamLibraryDialog</name>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="28"/>
        <source>Open Team Library</source>
        <translation>打开团队库</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="29"/>
        <source>server name, or the folder of its Unix socket</source>
        <translation>服务器名称，或其 Unix 套接字所在文件夹</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="35"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="36"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="37"/>
        <source>&amp;Library (database):</source>
        <translation>资料库（数据库）(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="38"/>
        <source>&amp;Member:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="39"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="41"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="44"/>
        <source>A team library is kept on a PostgreSQL server that your team&apos;s administrator set up (docs/TEAM.md). It opens in a window of its own.</source>
        <translation>团队库保存在团队管理员搭建的 PostgreSQL 服务器上（见 docs/TEAM.md），会在单独的窗口中打开。</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="85"/>
        <source>Say which library and which member.</source>
        <translation>请填写资料库和成员。</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="90"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/team/teamlibrarydialog.cpp" line="97"/>
        <source>Could not open the team library: %1</source>
        <translation>无法打开团队库：%1</translation>
    </message>
</context>
<context>
    <name>ReportLens::TermChangesView</name>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="22"/>
        <source>Filter terms</source>
        <translation>筛选词语</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="28"/>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="28"/>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="36"/>
        <source>Double-click or press Enter to find the term in its report</source>
        <translation>双击或按回车键在报告中查找该词语</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="63"/>
        <source>%1 against %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/termchangesview.cpp" line="83"/>
        <source>New in %1 (%n terms)</source>
        <translation>
            <numerusform>%1 新出现的词语（%n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/termchangesview.cpp" line="84"/>
        <source>Dropped from %1 (%n terms)</source>
        <translation>
            <numerusform>%1 中不再出现的词语（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="97"/>
        <source>Weight %1: uses, times how rare the term is in the library</source>
        <translation>权重 %1：使用次数乘以该词语在资料库中的稀有程度</translation>
    </message>
    <message>
        <location filename="../ui/compare/termchangesview.cpp" line="98"/>
        <source>Ordered by uses until the library has been read</source>
        <translation>在读完资料库之前按使用次数排列</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <location filename="../ui/reader/reportprinter.cpp" line="85"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../ui/reader/reportprinter.cpp" line="105"/>
        <location filename="../ui/reader/reportprinter.cpp" line="117"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Read, compare and mine Chinese government work reports.</source>
        <translation>阅读、对照和挖掘中国政府工作报告。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>The library: an SQLite file, or a team library&apos;s postgresql:// URL.</source>
        <translation>资料库：一个 SQLite 文件，或团队库的 postgresql:// 地址。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Open this report.</source>
        <translation>打开此报告。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>Show these reports side by side.</source>
        <translation>对照显示这些报告。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>Start on a view: reader, compare, charts or annotations.</source>
        <translation>启动时显示的视图：reader、compare、charts 或 annotations。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="66"/>
        <source>Reports to import: files or folders.</source>
        <translation>要导入的报告：文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>The file is kept. ReportLens can rename it and start a new, empty library in its place.</source>
        <translation>原文件会保留。ReportLens 可以将其改名，并在原处新建一个空资料库。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Move Aside and Start Fresh</source>
        <translation>改名保留并新建资料库</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="114"/>
        <source>The unreadable library was kept as %1.</source>
        <translation>无法读取的资料库已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="77"/>
        <source>Upgrading the library %1 to this version&apos;s format. A backup copy is made first. This happens once and can take a few minutes for a large library.</source>
        <translation>正在将资料库 %1 升级为此版本的格式。会先制作一份备份。此操作只进行一次，大型资料库可能需要几分钟。</translation>
    </message>
</context>
</TS>
