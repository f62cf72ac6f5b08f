<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
    <context>
        <name>AnchorStates</name>
        <message>
            <location filename="../../gui/core/anchor_states.py"/>
            <source>orphaned</source>
            <translation>未定位</translation>
        </message>
        <message>
            <location filename="../../gui/core/anchor_states.py"/>
            <source>text changed</source>
            <translation>原文已改</translation>
        </message>
        <message>
            <location filename="../../gui/core/anchor_states.py"/>
            <source>to review</source>
            <translation>待核對</translation>
        </message>
    </context>
    <context>
        <name>AnnotationActions</name>
        <message numerus="yes">
            <location filename="../../gui/annotations/actions.py"/>
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n 條批註</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Colour</source>
            <translation>顏色(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Delete Highlight</source>
            <translation>刪除標示(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Go to Passage</source>
            <translation>跳至原文(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Highlight Selection</source>
            <translation>標示所選文字(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Note…</source>
            <translation>備註(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Preferences…</source>
            <translation>偏好設定(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Tag…</source>
            <translation>標籤(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Focus &amp;Annotations</source>
            <translation>前往批註面板(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Highlight &amp;Colour</source>
            <translation>標示顏色(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Highlight &amp;With</source>
            <translation>以顏色標示(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Highlight and Note</source>
            <translation>標示並寫備註</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Highlight and Tag</source>
            <translation>標示並加標籤</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Manage T&amp;ags…</source>
            <translation>管理標籤(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Select text or an annotation first</source>
            <translation>請先選取文字或一條批註</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>The next highlight will use this colour</source>
            <translation>下次標示將使用這個顏色</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEditor</name>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Colour</source>
            <translation>更改顏色</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/editing.py"/>
            <source>Delete %n Highlight(s)</source>
            <translation>
                <numerusform>刪除 %n 處標示</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Highlight</source>
            <translation>標示</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>No annotation store: highlights cannot be saved</source>
            <translation>沒有批註庫：無法儲存標示</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Note</source>
            <translation>編輯備註</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Select some text to highlight first</source>
            <translation>請先選取要標示的文字</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Tag</source>
            <translation>編輯標籤</translation>
        </message>
    </context>
    <context>
        <name>AnnotationState</name>
        <message numerus="yes">
            <location filename="../../gui/core/state.py"/>
            <source>%n annotation(s) were changed since by someone else (a teammate's sync or another window); their newer version was kept</source>
            <translation>
                <numerusform>有 %n 條批註已被他人修改（團隊成員的同步或另一個視窗）；已保留較新的版本</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/state.py"/>
            <source>%n annotation(s) were deleted elsewhere (another window or a teammate's sync); the edit was not saved</source>
            <translation>
                <numerusform>有 %n 條批註已在別處被刪除（另一個視窗或團隊成員的同步）；這次編輯沒有儲存</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/state.py"/>
            <source>Loading annotations failed: {0}</source>
            <translation>讀取批註失敗：{0}</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsDock</name>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>All authors</source>
            <translation>全部作者</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>All colours</source>
            <translation>全部顏色</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>All sections</source>
            <translation>全部章節</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>All tags</source>
            <translation>全部標籤</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Annotations</source>
            <translation>批註</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Any state</source>
            <translation>全部定位狀態</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>By position</source>
            <translation>依位置</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by anchoring state</source>
            <translation>依定位狀態篩選</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by author</source>
            <translation>依作者篩選</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by colour</source>
            <translation>依顏色篩選</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by section</source>
            <translation>依章節篩選</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by tag</source>
            <translation>依標籤篩選</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Needs attention</source>
            <translation>待處理</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Newest first</source>
            <translation>最新的在前</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>No annotations match the filter.</source>
            <translation>沒有符合篩選條件的批註。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>No annotations yet: select text and press Ctrl+H.</source>
            <translation>還沒有批註：選取文字後按 Ctrl+H 標示。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Only annotations to review or orphaned</source>
            <translation>只顯示待核對和未定位的批註</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Search quotes and notes…</source>
            <translation>搜尋引文和備註…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Sort order</source>
            <translation>排序方式</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsFeature</name>
        <message>
            <location filename="../../gui/annotations/feature.py"/>
            <source>Annotations: {shown} / {total}</source>
            <translation>批註：{shown} / {total}</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py"/>
            <source>Annotations: {total}</source>
            <translation>批註：{total}</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py"/>
            <source>This annotation is hidden by the panel's filter</source>
            <translation>這條批註被面板的篩選條件隱藏了</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsModel</name>
        <message>
            <location filename="../../gui/annotations/model.py"/>
            <source>Beginning</source>
            <translation>開頭</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/model.py"/>
            <source>Orphaned</source>
            <translation>未定位</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../gui/language.py"/>
            <source>Pizhu</source>
            <translation>批註</translation>
        </message>
    </context>
    <context>
        <name>AttentionController</name>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Accept Match</source>
            <translation>接受相符位置</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Accepted the match</source>
            <translation>已接受相符位置</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Discard Annotation</source>
            <translation>捨棄批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Discarded (Ctrl+Z brings it back)</source>
            <translation>已捨棄（按 Ctrl+Z 可恢復）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>No match to accept: re-attach or discard it</source>
            <translation>沒有可接受的相符位置：請重新關聯或捨棄</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Re-attach Annotation</source>
            <translation>重新關聯批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Re-attached to the selection</source>
            <translation>已重新關聯到所選文字</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Select the passage in the reader first</source>
            <translation>請先在閱讀區選取這段文字</translation>
        </message>
    </context>
    <context>
        <name>AttentionDock</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>%n annotation(s) need(s) attention ({review} to review, {orphaned} orphaned)</source>
            <translation>
                <numerusform>%n 條批註待處理（待核對 {review} 條，未定位 {orphaned} 條）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>(empty quote)</source>
            <translation>（引文為空）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Attach the annotation to the text selected in the reader</source>
            <translation>將批註關聯到閱讀區中選取的文字</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Delete the annotation (undoable; teammates' merges will not bring it back)</source>
            <translation>刪除這條批註（可復原；團隊成員合併時也不會把它帶回來）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Discard</source>
            <translation>捨棄</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Likely match in this text · score {score}</source>
            <translation>本文中很可能的相符位置 · 相似度 {score}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Move the annotation to the match shown above</source>
            <translation>將批註移到上方顯示的相符位置</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Needs Attention</source>
            <translation>待處理</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>No match in this text</source>
            <translation>本文中沒有相符位置</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Nothing needs attention.

Annotations that an import or a new version of the report cannot place with confidence are listed here — never dropped.</source>
            <translation>沒有待處理的批註。

匯入或報告新版本無法可靠定位的批註會列在這裡，絕不會被丟棄。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Possible match in this text · score {score}</source>
            <translation>本文中可能的相符位置 · 相似度 {score}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Re-attach</source>
            <translation>重新關聯</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Select the match (or the old position) in the reader</source>
            <translation>在閱讀區選取相符位置（或原來的位置）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Select the passage in the reader first</source>
            <translation>請先在閱讀區選取這段文字</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Show</source>
            <translation>顯示</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Stored quote · {author} · {date}</source>
            <translation>儲存的引文 · {author} · {date}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>The quote was not found. Select the passage in the reader and press Re-attach, or Discard it.</source>
            <translation>沒有找到這段引文。請在閱讀區選取對應文字後按「重新關聯」，或者捨棄這條批註。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>unknown author</source>
            <translation>作者未知</translation>
        </message>
    </context>
    <context>
        <name>CarryOverBar</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>%n annotation(s) on another version of this report (“{title}”, last opened {date}) can be carried over to this version. They are re-anchored; any that cannot be placed go to Needs Attention.</source>
            <translation>
                <numerusform>這份報告的另一個版本（「{title}」，上次開啟於 {date}）有 %n 條批註，可以帶入目前版本。帶入時會重新定位，無法定位的批註會列入待處理。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>Carry Over</source>
            <translation>帶入批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>Carrying annotations over…</source>
            <translation>正在帶入批註…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>Not Now</source>
            <translation>暫不</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>Re-anchor those annotations onto this text and add them here</source>
            <translation>將這些批註重新定位到目前文字並新增進來</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>an earlier version</source>
            <translation>早先的版本</translation>
        </message>
    </context>
    <context>
        <name>CarryOverController</name>
        <message>
            <location filename="../../gui/exchange/carry_controller.py"/>
            <source>Carry Over Annotations</source>
            <translation>帶入批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_controller.py"/>
            <source>Carry-over check failed: {message}</source>
            <translation>檢查可帶入的批註失敗：{message}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_controller.py"/>
            <source>Carrying over failed: {message}</source>
            <translation>帶入批註失敗：{message}</translation>
        </message>
    </context>
    <context>
        <name>CarryResult</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>%n in place</source>
            <translation>
                <numerusform>%n 條位置不變</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n 條待處理</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>%n with changed text</source>
            <translation>
                <numerusform>%n 條原文已改</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>, </source>
            <comment>between the counts</comment>
            <translation>，</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>Carried %n annotation(s) to this version: {details}</source>
            <translation>
                <numerusform>已將 %n 條批註帶入目前版本：{details}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commitments</name>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Already tracked</source>
            <translation>已在追蹤</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Change Status</source>
            <translation>變更狀態</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Dismiss Suggestion</source>
            <translation>忽略候選</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Dismiss Suggestions</source>
            <translation>忽略候選</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Edit Commitment</source>
            <translation>編輯承諾</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>No annotation store: commitments cannot be saved</source>
            <translation>沒有批註庫：無法儲存承諾</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Restore Suggestion</source>
            <translation>恢復候選</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Stop Tracking</source>
            <translation>停止追蹤</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>This highlight is already a tracked commitment</source>
            <translation>這處標示已經是追蹤中的承諾</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commitments/editing.py"/>
            <source>Track %n Commitment(s)</source>
            <translation>
                <numerusform>追蹤 %n 項承諾</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Track Commitment</source>
            <translation>追蹤承諾</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Track as Commitment</source>
            <translation>列為承諾追蹤</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Tracked commitments are not dismissed: use Stop Tracking or delete the highlight</source>
            <translation>已追蹤的承諾不能忽略：請使用「停止追蹤」，或刪除這處標示</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsDock</name>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>All categories</source>
            <translation>全部類別</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>All statuses</source>
            <translation>全部狀態</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>By category</source>
            <translation>依類別</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>By status</source>
            <translation>依狀態</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Commitments</source>
            <translation>承諾</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>E&amp;xport…</source>
            <translation>匯出(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Export the ledger as CSV or Excel</source>
            <translation>將承諾追蹤表匯出為試算表（CSV、Excel）</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Filter by category</source>
            <translation>依類別篩選</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Filter by status</source>
            <translation>依狀態篩選</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Filter commitments…</source>
            <translation>篩選承諾…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Finding commitments in this report…</source>
            <translation>正在尋找本報告中的承諾…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Finding commitments…</source>
            <translation>正在尋找承諾…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>No commitments found. Select a passage and choose Track as Commitment (Ctrl+Shift+H) to add one.</source>
            <translation>沒有找到承諾。選取一段文字，再選擇「列為承諾追蹤」（Ctrl+Shift+H）即可新增。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>No commitments match the filter.</source>
            <translation>沒有符合篩選條件的承諾。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Reset Columns</source>
            <translation>還原預設欄位</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Show &amp;dismissed</source>
            <translation>顯示已忽略項目(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsFeature</name>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Commitments</source>
            <translation>承諾(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Dismiss Suggestion</source>
            <translation>忽略候選(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Go to Passage</source>
            <translation>跳至原文(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Restore Suggestion</source>
            <translation>恢復候選(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Track</source>
            <translation>追蹤(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Change &amp;Status…</source>
            <translation>變更狀態(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Commitment</source>
            <translation>承諾</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>E&amp;xport Ledger…</source>
            <translation>匯出承諾追蹤表(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Select a tracked commitment first (Ctrl+Return tracks a suggestion)</source>
            <translation>請先選擇一項已追蹤的承諾（Ctrl+Return 可追蹤候選）</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Select the passage to track as a commitment first</source>
            <translation>請先選取要列為承諾追蹤的文字</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Stop Trac&amp;king</source>
            <translation>停止追蹤(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>This commitment lost its place in the text: re-attach it in Needs Attention.</source>
            <translation>這項承諾在內文中失去了位置：請在待處理面板中重新關聯。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Track as &amp;Commitment</source>
            <translation>列為承諾追蹤(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Track the selected passage as a commitment ({0})</source>
            <translation>將所選文字列為承諾追蹤（{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Tracked as a commitment: {0}</source>
            <translation>已列為承諾追蹤：{0}</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <location filename="../../storage/sync/credentials.py"/>
            <source>the system keyring</source>
            <translation>系統金鑰圈</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>&amp;Dismiss</source>
            <translation>忽略(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>&amp;Restore</source>
            <translation>恢復(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>&amp;Track</source>
            <translation>追蹤(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>A dismissed suggestion. Restore it to track it.</source>
            <translation>已忽略的候選。恢復後即可追蹤。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>A suggestion of the detector: press Ctrl+Return to track it.</source>
            <translation>自動辨識出的候選：按 Ctrl+Return 開始追蹤。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Change &amp;Status…</source>
            <translation>變更狀態(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Dismiss the selected suggestions (Del)</source>
            <translation>忽略所選候選（Del）</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Evidence:</source>
            <translation>佐證：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>No status changes yet.</source>
            <translation>尚無狀態變更。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Select a commitment to see its passage and status history.</source>
            <translation>選擇一項承諾，檢視它的原文和狀態記錄。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Source:</source>
            <translation>來源：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Track the selected suggestions (Ctrl+Return)</source>
            <translation>追蹤所選候選（Ctrl+Return）</translation>
        </message>
    </context>
    <context>
        <name>DocumentPresenter</name>
        <message>
            <location filename="../../gui/document_presenter.py"/>
            <source>Annotation store error: {error}</source>
            <translation>批註庫發生錯誤：{error}</translation>
        </message>
        <message>
            <location filename="../../gui/document_presenter.py"/>
            <source>Opening the bundled report…</source>
            <translation>正在開啟內建報告…</translation>
        </message>
        <message>
            <location filename="../../gui/document_presenter.py"/>
            <source>Opening {name}…</source>
            <translation>正在開啟 {name}…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceOpener</name>
        <message>
            <location filename="../../gui/commitments/evidence.py"/>
            <source>The evidence passage is no longer in this report</source>
            <translation>這段佐證原文已不在本報告中</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/evidence.py"/>
            <source>The report this evidence is in was never opened here</source>
            <translation>佐證所在的報告從未在這裡開啟過</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/evidence.py"/>
            <source>The report “{0}” is no longer at {1}</source>
            <translation>報告「{0}」已不在 {1}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeFeature</name>
        <message>
            <location filename="../../gui/exchange/controller.py"/>
            <source>&amp;Export Annotations…</source>
            <translation>匯出批註(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/controller.py"/>
            <source>&amp;Import Annotations…</source>
            <translation>匯入批註(&amp;I)…</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../gui/exchange/exporting.py"/>
            <source>annotations</source>
            <translation>批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/exporting.py"/>
            <source>{title} annotations</source>
            <translation>{title} 批註</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>%n annotation(s) will be exported.</source>
            <translation>
                <numerusform>將匯出 %n 條批註。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>%n deletion(s) travel too, so teammates' copies are removed on import.</source>
            <translation>
                <numerusform>%n 條刪除記錄也會一併匯出，團隊成員匯入後會刪除各自的副本。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>&amp;Author:</source>
            <translation>作者(&amp;A)：</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>&amp;Section:</source>
            <translation>章節(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>&amp;Tag:</source>
            <translation>標籤(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>All authors</source>
            <translation>全部作者</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>All tags</source>
            <translation>全部標籤</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>Export Annotations</source>
            <translation>匯出批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>Export…</source>
            <translation>匯出…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>No annotations match; the file would hold only a heading.</source>
            <translation>沒有符合條件的批註；匯出的檔案只會有一個標題。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>Whole report</source>
            <translation>整份報告</translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Export Annotations</source>
            <translation>匯出批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Export failed: {message}</source>
            <translation>匯出失敗：{message}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Exported %n annotation(s) to {name}</source>
            <translation>
                <numerusform>已將 %n 條批註匯出到 {name}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Exporting to {name}…</source>
            <translation>正在匯出到 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Nothing to export: no report or no annotation store</source>
            <translation>沒有可匯出的內容：沒有開啟報告或沒有批註庫</translation>
        </message>
    </context>
    <context>
        <name>ExportFormats</name>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>CSV</source>
            <translation>CSV 表格</translation>
        </message>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>CSV table — for spreadsheets</source>
            <translation>CSV 表格 — 用於試算表</translation>
        </message>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>Markdown</source>
            <translation>Markdown 文件</translation>
        </message>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>Markdown brief — to read or share</source>
            <translation>Markdown 摘要 — 便於閱讀和分享</translation>
        </message>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>W3C Web Annotation (JSON-LD) — for teammates</source>
            <translation>W3C Web Annotation（JSON-LD）— 與團隊成員交換</translation>
        </message>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>W3C Web Annotations</source>
            <translation>W3C Web Annotation 批註檔案</translation>
        </message>
    </context>
    <context>
        <name>FileFilters</name>
        <message>
            <location filename="../../gui/core/file_filters.py"/>
            <source>All Files (*)</source>
            <translation>所有檔案 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/core/file_filters.py"/>
            <source>Reports ({patterns});;All Files (*)</source>
            <translation>報告 ({patterns});;所有檔案 (*)</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Close (Esc)</source>
            <translation>關閉（Esc）</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Find in any script (Simplified, Traditional, Taiwan phrasing)</source>
            <translation>尋找（簡繁字形皆可，含臺灣用語）</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Find:</source>
            <translation>尋找：</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Indexing…</source>
            <translation>正在建立索引…</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>List all matches (Ctrl+Shift+F)</source>
            <translation>在搜尋面板中列出所有相符項目（Ctrl+Shift+F）</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Next match (F3, Enter)</source>
            <translation>下一個相符項目（F3、Enter）</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>No matches</source>
            <translation>無相符項目</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Previous match (Shift+F3, Shift+Enter)</source>
            <translation>上一個相符項目（Shift+F3、Shift+Enter）</translation>
        </message>
    </context>
    <context>
        <name>FindController</name>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>&amp;Find…</source>
            <translation>尋找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>&amp;Search Panel</source>
            <translation>搜尋面板(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Find &amp;Next</source>
            <translation>找下一個(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Find &amp;Previous</source>
            <translation>找上一個(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Indexing…</source>
            <translation>正在建立索引…</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>No matches</source>
            <translation>無相符項目</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Reached the beginning; continued from the bottom</source>
            <translation>已到開頭，從結尾繼續尋找</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Reached the end; continued from the top</source>
            <translation>已到末尾，從開頭繼續尋找</translation>
        </message>
    </context>
    <context>
        <name>FindSession</name>
        <message>
            <location filename="../../gui/find/session.py"/>
            <source>No matches</source>
            <translation>無相符項目</translation>
        </message>
    </context>
    <context>
        <name>FontCheck</name>
        <message>
            <location filename="../../gui/font_check.py"/>
            <source>No font for Chinese text is installed, so the text shows as boxes; install one ({0}).</source>
            <translation>沒有安裝中文字型，文字會顯示成方框；請安裝一款中文字型（{0}）。</translation>
        </message>
    </context>
    <context>
        <name>HighlightColours</name>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Achievement</source>
            <translation>成績</translation>
        </message>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Commitment</source>
            <translation>承諾</translation>
        </message>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Question</source>
            <translation>疑問</translation>
        </message>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Target</source>
            <translation>目標</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>An import is already running…</source>
            <translation>已有一個匯入正在進行…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Checking {name}…</source>
            <translation>正在核對 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Choose Report File…</source>
            <translation>選擇報告檔案…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Choose the report they belong to. If it is another version of that report, the annotations are re-anchored onto its text.</source>
            <translation>請選擇這些批註所屬的報告。如果選擇的是該報告的另一個版本，批註會重新定位到它的內文上。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Import Annotations</source>
            <translation>匯入批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Import failed: {message}</source>
            <translation>匯入失敗：{message}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Importing {name}…</source>
            <translation>正在匯入 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>No annotation store: annotations cannot be imported</source>
            <translation>沒有批註庫：無法匯入批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Opening {name}…</source>
            <translation>正在開啟 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Reading {name}…</source>
            <translation>正在讀取 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Report the Annotations Belong To</source>
            <translation>批註所屬的報告</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>The open report is “{title}”.</source>
            <translation>目前開啟的報告是「{title}」。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Use the Open Report</source>
            <translation>使用目前報告</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>W3C Web Annotations ({patterns})</source>
            <translation>W3C Web Annotation 批註檔案 ({patterns})</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>into an earlier version of this report</source>
            <translation>匯入到這份報告的早先版本</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>into {reports}</source>
            <translation>匯入到 {reports}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>{name} holds annotations for a report this store has not opened (“{title}”).</source>
            <translation>{name} 中的批註屬於一份批註庫從未開啟過的報告（「{title}」）。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>{name} holds annotations for a report this store has not opened.</source>
            <translation>{name} 中的批註屬於一份批註庫從未開啟過的報告。</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>%n annotation(s) could not be placed with confidence. They are kept, never dropped, and listed in Needs Attention (View menu) to accept, re-attach or discard.</source>
            <translation>
                <numerusform>有 %n 條批註無法可靠定位。它們會被保留、絕不丟棄，並列在待處理面板（「檢視」選單）中，供您接受、重新關聯或捨棄。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>%n annotation(s) for: {reports}</source>
            <translation>
                <numerusform>%n 條批註，屬於：{reports}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Already here, identical or as recent</source>
            <translation>已存在，內容相同或同樣新</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Annotations</source>
            <translation>批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Annotations this store does not have yet</source>
            <translation>批註庫中還沒有的批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Deletions</source>
            <translation>刪除</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Found at another position or with slightly changed text</source>
            <translation>在其他位置找到，或原文略有改動</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Import</source>
            <translation>匯入</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Import Annotations</source>
            <translation>匯入批註</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Known annotations the file has a newer version of</source>
            <translation>已有的批註，檔案中的版本較新</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Needs review</source>
            <translation>待核對</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Nothing is written until you press Import. The import is one step you can repeat safely.</source>
            <translation>按下「匯入」之前不會寫入任何內容。匯入是一步操作，可以放心重複。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Nothing to import: every annotation in this file is already in the store.</source>
            <translation>沒有需要匯入的內容：檔案中的批註都已在批註庫中。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Older, skipped</source>
            <translation>較舊，已跳過</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Orphaned</source>
            <translation>未定位</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Placed with low confidence; listed in Needs Attention</source>
            <translation>定位把握不大，列入待處理</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Quote not found in this text; kept and listed in Needs Attention</source>
            <translation>本文中找不到引文；已保留並列入待處理</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Re-anchored</source>
            <translation>重新定位</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Teammates' deletions included in added/updated</source>
            <translation>團隊成員的刪除，已計入新增/更新</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>The local copy is newer; it is kept</source>
            <translation>本機版本較新，予以保留</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Unchanged</source>
            <translation>未變</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Updated</source>
            <translation>更新</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n added</source>
            <translation>
                <numerusform>新增 %n 條</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n deletion(s)</source>
            <translation>
                <numerusform>刪除 %n 條</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n 條待處理</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n older skipped</source>
            <translation>
                <numerusform>跳過較舊的 %n 條</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n re-anchored</source>
            <translation>
                <numerusform>重新定位 %n 條</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n unchanged</source>
            <translation>
                <numerusform>未變 %n 條</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n updated</source>
            <translation>
                <numerusform>更新 %n 條</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/importing.py"/>
            <source>, </source>
            <comment>between the counts</comment>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/importing.py"/>
            <source>Imported annotations: {counts}</source>
            <translation>已匯入批註：{counts}</translation>
        </message>
    </context>
    <context>
        <name>IndexCache</name>
        <message>
            <location filename="../../gui/find/indexer.py"/>
            <source>Search index failed: {0}</source>
            <translation>建立搜尋索引失敗：{0}</translation>
        </message>
    </context>
    <context>
        <name>LayersMenu</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>%n author layer(s) hidden (View › Author Layers)</source>
            <translation>
                <numerusform>已隱藏 %n 個作者圖層（檢視 › 作者圖層）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>&amp;Author Layers</source>
            <translation>作者圖層(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>(no annotations)</source>
            <translation>（沒有批註）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>(no author)</source>
            <translation>（無作者）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Author &amp;Colour</source>
            <translation>作者顏色(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Colour for Annotations Without an Author</source>
            <translation>無作者批註的顏色</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Colour for {author}</source>
            <translation>{author} 的顏色</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Show &amp;All Authors</source>
            <translation>顯示全部作者(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Show Only &amp;Mine ({name})</source>
            <translation>只顯示我的(&amp;M)（{name}）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Use Highlight Colours</source>
            <translation>使用標示顏色</translation>
        </message>
    </context>
    <context>
        <name>LedgerColumns</name>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Binding</source>
            <translation>屬性</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Category</source>
            <translation>類別</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Horizon</source>
            <translation>時限</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Indicator</source>
            <translation>指標</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Kind</source>
            <translation>類型</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Last Change</source>
            <translation>最近變更</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Passage</source>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Qualifier</source>
            <translation>限定詞</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Section</source>
            <translation>章節</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Strength</source>
            <translation>力度</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Unit</source>
            <translation>單位</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Value</source>
            <translation>目標值</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>When the status last changed, and by whom</source>
            <translation>狀態最近一次變更的時間和變更者</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Where the passage is in the outline (sorts in document order)</source>
            <translation>原文在目錄中的位置（依文件順序排序）</translation>
        </message>
    </context>
    <context>
        <name>LedgerExport</name>
        <message>
            <location filename="../../gui/commitments/export.py"/>
            <source>CSV, UTF-8</source>
            <translation>CSV（UTF-8）</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/export.py"/>
            <source>Excel workbook</source>
            <translation>Excel 活頁簿</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/export.py"/>
            <source>Export Commitments</source>
            <translation>匯出承諾</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/export.py"/>
            <source>Export failed: {0}</source>
            <translation>匯出失敗：{0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commitments/export.py"/>
            <source>Exported %n commitment(s) to {0}</source>
            <translation>
                <numerusform>已將 %n 項承諾匯出到 {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commitments/export.py"/>
            <source>Exporting to {0}…</source>
            <translation>正在匯出到 {0}…</translation>
        </message>
    </context>
    <context>
        <name>LedgerView</name>
        <message>
            <location filename="../../gui/commitments/ledger_view.py"/>
            <source>Reading the commitment ledger failed: {0}</source>
            <translation>讀取承諾追蹤表失敗：{0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py"/>
            <source>Open Report</source>
            <translation>開啟報告</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py"/>
            <source>{title} — {application}</source>
            <translation>{title} — {application}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Edit</source>
            <translation>編輯(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;View</source>
            <translation>檢視(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>Write a note (plain text)…</source>
            <translation>寫下備註（純文字）…</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <location filename="../../gui/core/operations.py"/>
            <source>no annotation store is open</source>
            <translation>沒有開啟批註庫</translation>
        </message>
    </context>
    <context>
        <name>OutlineBadges</name>
        <message numerus="yes">
            <location filename="../../gui/commitments/badges.py"/>
            <source>%n tracked commitment(s), {achieved} achieved</source>
            <translation>
                <numerusform>已追蹤 %n 項承諾，已完成 {achieved} 項</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <location filename="../../gui/outline_dock.py"/>
            <source>Filter the outline…</source>
            <translation>篩選目錄…</translation>
        </message>
        <message>
            <location filename="../../gui/outline_dock.py"/>
            <source>Outline</source>
            <translation>目錄</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message numerus="yes">
            <location filename="../../gui/outline_dock.py"/>
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n 條批註</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/outline_dock.py"/>
            <source>%n annotation(s) in this section</source>
            <translation>
                <numerusform>本節有 %n 條批註</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewChart</name>
        <message>
            <location filename="../../gui/commitments/chart.py"/>
            <source>Commitments by section</source>
            <translation>各章節的承諾</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/chart.py"/>
            <source>No commitments in this report yet</source>
            <translation>本報告中還沒有承諾</translation>
        </message>
    </context>
    <context>
        <name>PageNavigation</name>
        <message>
            <location filename="../../gui/page_navigation.py"/>
            <source>Go to &amp;Page…</source>
            <translation>前往頁碼(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/page_navigation.py"/>
            <source>Go to Page</source>
            <translation>前往頁碼</translation>
        </message>
        <message>
            <location filename="../../gui/page_navigation.py"/>
            <source>Page (1–{last}):</source>
            <translation>頁碼（1–{last}）：</translation>
        </message>
        <message>
            <location filename="../../gui/page_navigation.py"/>
            <source>The PDF page at the top of the reader (Ctrl+G: go to a page)</source>
            <translation>閱讀區頂部所在的 PDF 頁碼（Ctrl+G：前往頁碼）</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../gui/core/pages.py"/>
            <source>p. {page}</source>
            <translation>第 {page} 頁</translation>
        </message>
        <message>
            <location filename="../../gui/core/pages.py"/>
            <source>p. {page} / {last}</source>
            <translation>第 {page} 頁，共 {last} 頁</translation>
        </message>
    </context>
    <context>
        <name>PanelView</name>
        <message>
            <location filename="../../gui/annotations/panel_view.py"/>
            <source>This annotation lost its place in the text: re-attach it in Needs Attention.</source>
            <translation>這條批註在內文中失去了位置：請在待處理面板中重新關聯。</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>&amp;Remember this password</source>
            <translation>記住密碼(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>Kept in the system keyring (or, where there is none, in ~/.pgpass, readable only by you) — never in Pizhu's settings</source>
            <translation>儲存在系統金鑰圈中（沒有金鑰圈時儲存在只有您能讀取的 ~/.pgpass 中），絕不會寫入應用程式設定</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>Password</source>
            <translation>密碼</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>Team Server Password</source>
            <translation>團隊伺服器密碼</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>The team server {0} asks for a password.</source>
            <translation>團隊伺服器 {0} 需要密碼。</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>&amp;Interface:</source>
            <translation>介面語言(&amp;I)：</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>&amp;Name:</source>
            <translation>署名(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Author</source>
            <translation>作者</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>General</source>
            <translation>一般</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Highlight colour names</source>
            <translation>標示顏色名稱</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Language</source>
            <translation>語言</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Menus, panels and messages. The report's script (View › Script) is a separate choice.</source>
            <translation>用於選單、面板和訊息。報告的簡繁字形（檢視 › 簡繁轉換）另行選擇。</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Pizhu will be in {language} from its next start.</source>
            <translation>批註下次啟動時將使用{language}。</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Preferences</source>
            <translation>偏好設定</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Stored with each annotation you make; teammates see it.</source>
            <translation>會儲存在您建立的每條批註中，團隊成員可以看到。</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>System default ({language})</source>
            <translation>跟隨系統（{language}）</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <location filename="../../gui/render.py"/>
            <source>Joined here: {reason} (source line {line})</source>
            <translation>此處已接合：{reason}（原始檔第 {line} 行）</translation>
        </message>
        <message>
            <location filename="../../gui/render.py"/>
            <source>Left out here: “{text}” — {reason} (source line {line})</source>
            <translation>此處已略去：「{text}」 — {reason}（原始檔第 {line} 行）</translation>
        </message>
        <message>
            <location filename="../../gui/reader_pages.py"/>
            <source>Page {page} of the PDF begins here</source>
            <translation>PDF 第 {page} 頁從這裡開始</translation>
        </message>
    </context>
    <context>
        <name>Scripts</name>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Hong Kong</source>
            <comment>toolbar: Hong Kong characters</comment>
            <translation>香港</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Hong Kong Traditional</source>
            <translation>香港繁體</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Original</source>
            <comment>toolbar: the text as written</comment>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Original Text</source>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Simplified</source>
            <comment>toolbar: Simplified Chinese script</comment>
            <translation>簡體</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Simplified Chinese</source>
            <translation>簡體中文</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Taiwan</source>
            <comment>toolbar: Taiwan standard characters</comment>
            <translation>臺灣</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Taiwan Standard</source>
            <translation>臺灣正體</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Taiwan Standard with Taiwan Phrasing</source>
            <translation>臺灣正體（臺灣用語）</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Taiwan+</source>
            <comment>toolbar: Taiwan characters and Taiwan phrasing</comment>
            <translation>臺灣+用語</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Traditional</source>
            <comment>toolbar: Traditional Chinese script (OpenCC)</comment>
            <translation>繁體</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Traditional Chinese (OpenCC)</source>
            <translation>繁體中文（OpenCC）</translation>
        </message>
    </context>
    <context>
        <name>SearchDock</name>
        <message>
            <location filename="../../gui/find/search_dock.py"/>
            <source>Indexing…</source>
            <translation>正在建立索引…</translation>
        </message>
        <message>
            <location filename="../../gui/find/search_dock.py"/>
            <source>Search</source>
            <translation>搜尋</translation>
        </message>
        <message>
            <location filename="../../gui/find/search_dock.py"/>
            <source>Type in the find bar (Ctrl+F)</source>
            <translation>請在尋找列中輸入（Ctrl+F）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/find/search_dock.py"/>
            <source>“{query}”: %n match(es)</source>
            <translation>
                <numerusform>「{query}」：%n 個相符項目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/find/search_dock.py"/>
            <source>“{query}”: %n match(es), showing the first {shown}</source>
            <translation>
                <numerusform>「{query}」：%n 個相符項目，僅顯示前 {shown} 個</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/find/search_dock.py"/>
            <source>“{query}”: no matches</source>
            <translation>「{query}」：無相符項目</translation>
        </message>
    </context>
    <context>
        <name>SelectionBar</name>
        <message>
            <location filename="../../gui/annotations/selection_bar.py"/>
            <source>Note…</source>
            <translation>備註…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/selection_bar.py"/>
            <source>Tag the passage (Ctrl+T)</source>
            <translation>為這段文字加上標籤（Ctrl+T）</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/selection_bar.py"/>
            <source>Tag…</source>
            <translation>標籤…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/selection_bar.py"/>
            <source>Write a note (Ctrl+Shift+N)</source>
            <translation>寫備註（Ctrl+Shift+N）</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>&amp;By:</source>
            <translation>署名(&amp;B)：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>&amp;Evidence from another report</source>
            <translation>來自其他報告的佐證(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>&amp;Note:</source>
            <translation>備註(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>&amp;Status:</source>
            <translation>狀態(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>A URL, or where the information comes from</source>
            <translation>網址，或資訊的出處</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Change Status</source>
            <translation>變更狀態</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Choose a report…</source>
            <translation>選擇報告…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Evidence: “{0}”</source>
            <translation>佐證：「{0}」</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Find</source>
            <translation>尋找</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Find in the report…</source>
            <translation>在報告中尋找…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Reading {0}…</source>
            <translation>正在讀取 {0}…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Recorded with the current date and time when you press OK</source>
            <translation>按下「確定」時記錄目前的日期和時間</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>S&amp;ource:</source>
            <translation>來源(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Select the passage that shows the status.</source>
            <translation>請選取能說明這一狀態的原文。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>The report could not be read: {0}</source>
            <translation>無法讀取這份報告：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>What shows the new status</source>
            <translation>新狀態的依據</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>When:</source>
            <translation>時間：</translation>
        </message>
    </context>
    <context>
        <name>StoreOpener</name>
        <message>
            <location filename="../../gui/app.py"/>
            <source>Cannot open the annotation store: {message}</source>
            <translation>無法開啟批註庫：{message}</translation>
        </message>
        <message>
            <location filename="../../gui/app.py"/>
            <source>The annotation store could not be opened; you can read but not annotate.</source>
            <translation>無法開啟批註庫；可以閱讀，但不能批註。</translation>
        </message>
    </context>
    <context>
        <name>SyncConfig</name>
        <message>
            <location filename="../../gui/sync/config.py"/>
            <source>Leave the password out of the URL: Pizhu asks for it when the server wants one and can keep it in the system keyring.</source>
            <translation>請不要把密碼寫在網址中：伺服器需要密碼時，批註會詢問，並可將其儲存在系統金鑰圈中。</translation>
        </message>
    </context>
    <context>
        <name>SyncFeature</name>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source> (paused until a sync from the File menu works)</source>
            <translation>（已暫停，直到從「檔案」選單同步成功）</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>A sync is already running</source>
            <translation>已有一次同步正在進行</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>All documents last synced: {0}</source>
            <translation>全部文件上次同步：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Click to sync this report ({0})</source>
            <translation>按一下以同步本報告（{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Connecting…</source>
            <translation>正在連線…</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Finishing…</source>
            <translation>即將完成…</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Merging {0}/{1}</source>
            <translation>正在合併 {0}/{1}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>No team server is set: choose one in Edit › Preferences › Team Sync</source>
            <translation>未設定團隊伺服器：請在 編輯 › 偏好設定 › 團隊同步 中選擇</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Not synced: no password was given</source>
            <translation>未同步：沒有輸入密碼</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Offline</source>
            <translation>離線</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Open a report to sync it</source>
            <translation>請先開啟一份報告再同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Periodic sync: every {0} min</source>
            <translation>定時同步：每 {0} 分鐘</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Receiving…</source>
            <translation>正在接收…</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>S&amp;ync</source>
            <translation>同步(&amp;Y)</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Sending {0}/{1}</source>
            <translation>正在傳送 {0}/{1}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Sync &amp;All Documents</source>
            <translation>同步全部文件(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Sync cancelled; nothing was left half-written</source>
            <translation>同步已取消；沒有留下寫到一半的資料</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Sync failed</source>
            <translation>同步失敗</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Sync: check Preferences</source>
            <translation>同步：請檢查偏好設定</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Synced {0}</source>
            <translation>已同步 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team Sync</source>
            <translation>團隊同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team server unreachable; reading and annotating go on, and Pizhu will try again later ({0})</source>
            <translation>無法連線團隊伺服器；閱讀和批註不受影響，稍後會自動重試（{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team server: {0}</source>
            <translation>團隊伺服器：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team sync paused: the server {0} asks for a password; use File › Sync to enter it</source>
            <translation>團隊同步已暫停：伺服器 {0} 需要密碼；請透過 檔案 › 同步 輸入</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team sync: {0}</source>
            <translation>團隊同步：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>The annotation store is not open yet; try again in a moment</source>
            <translation>批註庫尚未開啟；請稍後再試</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>This report last synced: {0}</source>
            <translation>本報告上次同步：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Your login on the team server {0} may read but not write. Teammates' annotations arrive as usual; your own changes stay in your local store and are not shared. Ask the team's administrator for write access to share them.</source>
            <translation>您在團隊伺服器 {0} 上的帳號只能讀取、不能寫入。團隊成員的批註照常同步過來；您自己的修改保留在本機批註庫中，不會共用。如需共用，請向團隊管理員申請寫入權限。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>never</source>
            <translation>從未</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>{0} — password saved in {1}</source>
            <translation>{0} — 密碼已儲存到{1}</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <location filename="../../gui/sync/status.py"/>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../gui/sync/status.py"/>
            <source>Stop this sync; nothing is left half-written</source>
            <translation>停止本次同步；不會留下寫到一半的資料</translation>
        </message>
    </context>
    <context>
        <name>SyncPreferencesPage</name>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source> min</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>&amp;Server:</source>
            <translation>伺服器(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>(not a usable URL)</source>
            <translation>（不是可用的網址）</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>A PostgreSQL URL without password. Pizhu asks for the password when the server wants one and can keep it in the system keyring — never in its settings. Setting up the server: docs/teams.md.</source>
            <translation>不含密碼的 PostgreSQL 網址。伺服器需要密碼時，批註會詢問，並可將其儲存在系統金鑰圈中，絕不會寫入應用程式設定。伺服器的架設方法見 docs/teams.md。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>File › Sync (Ctrl+Shift+S) syncs the shown report at any time. Periodic syncs wait while a dialog is open and back off while the server cannot be reached.</source>
            <translation>隨時可以用 檔案 › 同步（Ctrl+Shift+S）同步目前顯示的報告。有對話方塊開啟時，定時同步會等待；伺服器無法連線時，會逐漸拉長重試的間隔。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>No team server: annotations stay on this computer (exchange them as files).</source>
            <translation>未設定團隊伺服器：批註只儲存在本機（可以透過檔案交換）。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Set by the PIZHU_SERVER environment variable, which takes precedence; unset it to choose the server here.</source>
            <translation>由環境變數 PIZHU_SERVER 設定，優先於這裡的設定；清除該變數後才能在這裡選擇伺服器。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Sync &amp;every</source>
            <translation>定時同步，每隔(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Sync a report when it is &amp;opened</source>
            <translation>開啟報告時同步(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Syncs with {0}</source>
            <translation>與 {0} 同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Team Sync</source>
            <translation>團隊同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Team server</source>
            <translation>團隊伺服器</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>When to sync</source>
            <translation>何時同步</translation>
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message numerus="yes">
            <location filename="../../gui/sync/summary_text.py"/>
            <source>%n conflict(s) resolved, the newest edit kept</source>
            <translation>
                <numerusform>解決了 %n 處衝突，保留最新的修改</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sync/summary_text.py"/>
            <source>%n local change(s) not sent (the login may only read)</source>
            <translation>
                <numerusform>%n 處本機修改未傳送（該帳號只能讀取）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/sync/summary_text.py"/>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location filename="../../gui/sync/summary_text.py"/>
            <source>Synced with {server}: {sent} sent, {received} received</source>
            <translation>已與 {server} 同步：傳送 {sent} 條，接收 {received} 條</translation>
        </message>
        <message>
            <location filename="../../gui/sync/summary_text.py"/>
            <source>deletions: {sent} sent, {received} received</source>
            <translation>刪除記錄：傳送 {sent} 條，接收 {received} 條</translation>
        </message>
        <message>
            <location filename="../../gui/sync/summary_text.py"/>
            <source>{reanchored} re-anchored, {review} to review, {orphaned} orphaned</source>
            <translation>重新定位 {reanchored} 條，待核對 {review} 條，未定位 {orphaned} 條</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>Separate tags with commas; use / for levels (commitment/economy).</source>
            <translation>標籤之間用逗號分隔；用 / 表示層級（如 承諾/經濟）。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>Tags</source>
            <translation>標籤</translation>
        </message>
    </context>
    <context>
        <name>TagLineEdit</name>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>commitment, commitment/economy, target …</source>
            <translation>承諾, 承諾/經濟, 目標 …</translation>
        </message>
    </context>
    <context>
        <name>TagOperations</name>
        <message>
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Clear Tag Colour</source>
            <translation>清除標籤顏色</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Delete %n Tag(s)</source>
            <translation>
                <numerusform>刪除 %n 個標籤</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Merge Tags</source>
            <translation>合併標籤</translation>
        </message>
        <message>
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Rename Tag</source>
            <translation>重新命名標籤</translation>
        </message>
        <message>
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Tag Colour</source>
            <translation>設定標籤顏色</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>&amp;Colour…</source>
            <translation>顏色(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>&amp;Delete</source>
            <translation>刪除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>&amp;Merge…</source>
            <translation>合併(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>&amp;Rename…</source>
            <translation>重新命名(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>C&amp;lear Colour</source>
            <translation>清除顏色(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Delete Tags</source>
            <translation>刪除標籤</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Loading tags failed: {0}</source>
            <translation>讀取標籤失敗：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Manage Tags</source>
            <translation>管理標籤</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Merge %n tag(s) into:</source>
            <translation>
                <numerusform>將 %n 個標籤合併為：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Merge Tags</source>
            <translation>合併標籤</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>New name:</source>
            <translation>新名稱：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Remove %n tag(s) from every annotation?</source>
            <translation>
                <numerusform>要從所有批註中移除這 %n 個標籤嗎？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Rename Tag</source>
            <translation>重新命名標籤</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Tag</source>
            <translation>標籤</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Tag Colour</source>
            <translation>標籤顏色</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Uses</source>
            <translation>使用次數</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;About Pizhu</source>
            <translation>關於批註(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Actual Size</source>
            <translation>實際大小(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>鍵盤快速鍵(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Open…</source>
            <translation>開啟(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Script</source>
            <translation>簡繁轉換(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>(development version)</source>
            <translation>（開發版）</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>(none)</source>
            <translation>（無）</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>About {name}</source>
            <translation>關於{name}</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Clear Menu</source>
            <translation>清除清單</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Focus Outline &amp;Filter</source>
            <translation>前往目錄篩選欄(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Keyboard Shortcuts</source>
            <translation>鍵盤快速鍵</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Open &amp;Bundled Report</source>
            <translation>開啟內建報告(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Open &amp;Recent</source>
            <translation>最近開啟(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Script</source>
            <translation>簡繁轉換</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Zoom &amp;Out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>{name} {version}
Read and annotate Chinese policy documents.</source>
            <translation>{name} {version}
閱讀並批註中文政策文件。</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../gui/worker.py"/>
            <source>unexpected error: {error}</source>
            <translation>非預期的錯誤：{error}</translation>
        </message>
    </context>
</TS>
