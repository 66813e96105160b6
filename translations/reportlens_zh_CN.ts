<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReportLens::LibraryModel</name>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="40" />
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="41" />
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="42" />
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="43" />
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="44" />
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="77" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="78" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="79" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="80" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="81" />
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="82" />
        <source>Speaker</source>
        <translation>报告人</translation>
    </message>
</context>
<context>
    <name>ReportLens::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61" />
        <source>ReportLens — %1</source>
        <translation>ReportLens — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73" />
        <source>Filter reports</source>
        <translation>筛选报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118" />
        <source>&amp;Import Reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="134" />
        <source>%n report(s) in the library</source>
        <translation>
            <numerusform>资料库中共 %n 份报告</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152" />
        <source>%1 — ReportLens</source>
        <translation>%1 — ReportLens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168" />
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168" />
        <source>Reports (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>报告 (*.txt *.html *.htm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182" />
        <source>Some files could not be imported:

%1</source>
        <translation>部分文件未能导入：

%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="183" />
        <source>Imported %n report(s)</source>
        <translation>
            <numerusform>已导入 %n 份报告</numerusform></translation>
    </message>
</context>
</TS>