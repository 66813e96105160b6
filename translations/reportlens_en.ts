<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ReportLens::LibraryModel</name>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="40" />
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="41" />
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="42" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="43" />
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="44" />
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="77" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="78" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="79" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="80" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="81" />
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../ui/models/librarymodel.cpp" line="82" />
        <source>Speaker</source>
        <translation>Speaker</translation>
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
        <translation>Filter reports</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97" />
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118" />
        <source>&amp;Import Reports…</source>
        <translation>&amp;Import Reports…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="134" />
        <source>%n report(s) in the library</source>
        <translation>
            <numerusform>%n report in the library</numerusform><numerusform>%n reports in the library</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="152" />
        <source>%1 — ReportLens</source>
        <translation>%1 — ReportLens</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168" />
        <source>Import Reports</source>
        <translation>Import Reports</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="168" />
        <source>Reports (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>Reports (*.txt *.html *.htm *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182" />
        <source>Some files could not be imported:

%1</source>
        <translation>Some files could not be imported:

%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="183" />
        <source>Imported %n report(s)</source>
        <translation>
            <numerusform>Imported %n report</numerusform><numerusform>Imported %n reports</numerusform></translation>
    </message>
</context>
</TS>