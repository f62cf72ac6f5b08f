<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AnnotationActions</name>
        <message numerus="yes">
            <location filename="../../gui/annotations/actions.py"/>
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n annotation</numerusform>
                <numerusform>%n annotations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnnotationEditor</name>
        <message numerus="yes">
            <location filename="../../gui/annotations/editing.py"/>
            <source>Delete %n Highlight(s)</source>
            <translation>
                <numerusform>Delete Highlight</numerusform>
                <numerusform>Delete %n Highlights</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AnnotationState</name>
        <message numerus="yes">
            <location filename="../../gui/core/state.py"/>
            <source>%n annotation(s) were changed since by someone else (a teammate's sync or another window); their newer version was kept</source>
            <translation>
                <numerusform>%n annotation was changed since by someone else (a teammate's sync or another window); its newer version was kept</numerusform>
                <numerusform>%n annotations were changed since by someone else (a teammate's sync or another window); their newer version was kept</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/state.py"/>
            <source>%n annotation(s) were deleted elsewhere (another window or a teammate's sync); the edit was not saved</source>
            <translation>
                <numerusform>%n annotation was deleted elsewhere (another window or a teammate's sync); the edit was not saved</numerusform>
                <numerusform>%n annotations were deleted elsewhere (another window or a teammate's sync); the edit was not saved</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttentionDock</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>%n annotation(s) need(s) attention ({review} to review, {orphaned} orphaned)</source>
            <translation>
                <numerusform>%n annotation needs attention ({review} to review, {orphaned} orphaned)</numerusform>
                <numerusform>%n annotations need attention ({review} to review, {orphaned} orphaned)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CarryOverBar</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>%n annotation(s) on another version of this report (“{title}”, last opened {date}) can be carried over to this version. They are re-anchored; any that cannot be placed go to Needs Attention.</source>
            <translation>
                <numerusform>%n annotation on another version of this report (“{title}”, last opened {date}) can be carried over to this version. It is re-anchored; if it cannot be placed it goes to Needs Attention.</numerusform>
                <numerusform>%n annotations on another version of this report (“{title}”, last opened {date}) can be carried over to this version. They are re-anchored; any that cannot be placed go to Needs Attention.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CarryResult</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>%n in place</source>
            <translation>
                <numerusform>%n in place</numerusform>
                <numerusform>%n in place</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n needs attention</numerusform>
                <numerusform>%n need attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>%n with changed text</source>
            <translation>
                <numerusform>%n with changed text</numerusform>
                <numerusform>%n with changed text</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>Carried %n annotation(s) to this version: {details}</source>
            <translation>
                <numerusform>Carried %n annotation to this version: {details}</numerusform>
                <numerusform>Carried %n annotations to this version: {details}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commitments</name>
        <message numerus="yes">
            <location filename="../../gui/commitments/editing.py"/>
            <source>Track %n Commitment(s)</source>
            <translation>
                <numerusform>Track %n Commitment</numerusform>
                <numerusform>Track %n Commitments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>%n annotation(s) will be exported.</source>
            <translation>
                <numerusform>%n annotation will be exported.</numerusform>
                <numerusform>%n annotations will be exported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>%n deletion(s) travel too, so teammates' copies are removed on import.</source>
            <translation>
                <numerusform>%n deletion travels too, so teammates' copies are removed on import.</numerusform>
                <numerusform>%n deletions travel too, so teammates' copies are removed on import.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Exported %n annotation(s) to {name}</source>
            <translation>
                <numerusform>Exported %n annotation to {name}</numerusform>
                <numerusform>Exported %n annotations to {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>%n annotation(s) could not be placed with confidence. They are kept, never dropped, and listed in Needs Attention (View menu) to accept, re-attach or discard.</source>
            <translation>
                <numerusform>%n annotation could not be placed with confidence. It is kept, never dropped, and listed in Needs Attention (View menu) to accept, re-attach or discard.</numerusform>
                <numerusform>%n annotations could not be placed with confidence. They are kept, never dropped, and listed in Needs Attention (View menu) to accept, re-attach or discard.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>%n annotation(s) for: {reports}</source>
            <translation>
                <numerusform>%n annotation for: {reports}</numerusform>
                <numerusform>%n annotations for: {reports}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n deletion(s)</source>
            <translation>
                <numerusform>%n deletion</numerusform>
                <numerusform>%n deletions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n needs attention</numerusform>
                <numerusform>%n need attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n older skipped</source>
            <translation>
                <numerusform>%n older skipped</numerusform>
                <numerusform>%n older skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n re-anchored</source>
            <translation>
                <numerusform>%n re-anchored</numerusform>
                <numerusform>%n re-anchored</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n updated</source>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LayersMenu</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>%n author layer(s) hidden (View › Author Layers)</source>
            <translation>
                <numerusform>%n author layer hidden (View › Author Layers)</numerusform>
                <numerusform>%n author layers hidden (View › Author Layers)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LedgerExport</name>
        <message numerus="yes">
            <location filename="../../gui/commitments/export.py"/>
            <source>Exported %n commitment(s) to {0}</source>
            <translation>
                <numerusform>Exported %n commitment to {0}</numerusform>
                <numerusform>Exported %n commitments to {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineBadges</name>
        <message numerus="yes">
            <location filename="../../gui/commitments/badges.py"/>
            <source>%n tracked commitment(s), {achieved} achieved</source>
            <translation>
                <numerusform>%n tracked commitment, {achieved} achieved</numerusform>
                <numerusform>%n tracked commitments, {achieved} achieved</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message numerus="yes">
            <location filename="../../gui/outline_dock.py"/>
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n annotation</numerusform>
                <numerusform>%n annotations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/outline_dock.py"/>
            <source>%n annotation(s) in this section</source>
            <translation>
                <numerusform>%n annotation in this section</numerusform>
                <numerusform>%n annotations in this section</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchDock</name>
        <message numerus="yes">
            <location filename="../../gui/find/search_dock.py"/>
            <source>“{query}”: %n match(es)</source>
            <translation>
                <numerusform>“{query}”: %n match</numerusform>
                <numerusform>“{query}”: %n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/find/search_dock.py"/>
            <source>“{query}”: %n match(es), showing the first {shown}</source>
            <translation>
                <numerusform>“{query}”: %n match, showing the first {shown}</numerusform>
                <numerusform>“{query}”: %n matches, showing the first {shown}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message numerus="yes">
            <location filename="../../gui/sync/summary_text.py"/>
            <source>%n conflict(s) resolved, the newest edit kept</source>
            <translation>
                <numerusform>%n conflict resolved, the newest edit kept</numerusform>
                <numerusform>%n conflicts resolved, the newest edit kept</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sync/summary_text.py"/>
            <source>%n local change(s) not sent (the login may only read)</source>
            <translation>
                <numerusform>%n local change not sent (the login may only read)</numerusform>
                <numerusform>%n local changes not sent (the login may only read)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagOperations</name>
        <message numerus="yes">
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Delete %n Tag(s)</source>
            <translation>
                <numerusform>Delete Tag</numerusform>
                <numerusform>Delete %n Tags</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message numerus="yes">
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Merge %n tag(s) into:</source>
            <translation>
                <numerusform>Merge the tag into:</numerusform>
                <numerusform>Merge %n tags into:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Remove %n tag(s) from every annotation?</source>
            <translation>
                <numerusform>Remove the tag from every annotation?</numerusform>
                <numerusform>Remove %n tags from every annotation?</numerusform>
            </translation>
        </message>
    </context>
</TS>
