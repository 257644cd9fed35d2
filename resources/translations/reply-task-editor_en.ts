<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>rte::ui::BodyEditor</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SMS part(s)</source>
        <translation>
            <numerusform>%n SMS part</numerusform>
            <numerusform>%n SMS parts</numerusform>
        </translation>
    </message>
</context>
</TS>
