<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
            <translation>待核对</translation>
        </message>
    </context>
    <context>
        <name>AnnotationActions</name>
        <message numerus="yes">
            <location filename="../../gui/annotations/actions.py"/>
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n 条批注</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Colour</source>
            <translation>颜色(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Delete Highlight</source>
            <translation>删除高亮(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Go to Passage</source>
            <translation>跳转到原文(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Highlight Selection</source>
            <translation>高亮所选文字(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Note…</source>
            <translation>备注(&amp;N)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Preferences…</source>
            <translation>偏好设置(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>&amp;Tag…</source>
            <translation>标签(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Focus &amp;Annotations</source>
            <translation>转到批注面板(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Highlight &amp;Colour</source>
            <translation>高亮颜色(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Highlight &amp;With</source>
            <translation>用颜色高亮(&amp;W)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Highlight and Note</source>
            <translation>高亮并写备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Highlight and Tag</source>
            <translation>高亮并加标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Manage T&amp;ags…</source>
            <translation>管理标签(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>Select text or an annotation first</source>
            <translation>请先选中文字或一条批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/actions.py"/>
            <source>The next highlight will use this colour</source>
            <translation>下一次高亮将使用这个颜色</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEditor</name>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Colour</source>
            <translation>更改颜色</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/editing.py"/>
            <source>Delete %n Highlight(s)</source>
            <translation>
                <numerusform>删除 %n 处高亮</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Highlight</source>
            <translation>高亮</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>No annotation store: highlights cannot be saved</source>
            <translation>没有批注库：无法保存高亮</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Note</source>
            <translation>编辑备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Select some text to highlight first</source>
            <translation>请先选中要高亮的文字</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editing.py"/>
            <source>Tag</source>
            <translation>编辑标签</translation>
        </message>
    </context>
    <context>
        <name>AnnotationState</name>
        <message numerus="yes">
            <location filename="../../gui/core/state.py"/>
            <source>%n annotation(s) were changed since by someone else (a teammate's sync or another window); their newer version was kept</source>
            <translation>
                <numerusform>有 %n 条批注已被他人修改（团队成员的同步或另一个窗口）；已保留较新的版本</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/state.py"/>
            <source>%n annotation(s) were deleted elsewhere (another window or a teammate's sync); the edit was not saved</source>
            <translation>
                <numerusform>有 %n 条批注已在别处被删除（另一个窗口或团队成员的同步）；这次编辑没有保存</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/state.py"/>
            <source>Loading annotations failed: {0}</source>
            <translation>读取批注失败：{0}</translation>
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
            <translation>全部颜色</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>All sections</source>
            <translation>全部章节</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Any state</source>
            <translation>全部定位状态</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>By position</source>
            <translation>按位置</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by anchoring state</source>
            <translation>按定位状态筛选</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by author</source>
            <translation>按作者筛选</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by colour</source>
            <translation>按颜色筛选</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by section</source>
            <translation>按章节筛选</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Filter by tag</source>
            <translation>按标签筛选</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Needs attention</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Newest first</source>
            <translation>最新在前</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>No annotations match the filter.</source>
            <translation>没有符合筛选条件的批注。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>No annotations yet: select text and press Ctrl+H.</source>
            <translation>还没有批注：选中文字后按 Ctrl+H 高亮。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Only annotations to review or orphaned</source>
            <translation>只显示待核对和未定位的批注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/panel.py"/>
            <source>Search quotes and notes…</source>
            <translation>搜索引文和备注…</translation>
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
            <translation>批注：{shown} / {total}</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py"/>
            <source>Annotations: {total}</source>
            <translation>批注：{total}</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/feature.py"/>
            <source>This annotation is hidden by the panel's filter</source>
            <translation>这条批注被面板的筛选条件隐藏了</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsModel</name>
        <message>
            <location filename="../../gui/annotations/model.py"/>
            <source>Beginning</source>
            <translation>开头</translation>
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
            <translation>批注</translation>
        </message>
    </context>
    <context>
        <name>AttentionController</name>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Accept Match</source>
            <translation>接受匹配位置</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Accepted the match</source>
            <translation>已接受匹配位置</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Discard Annotation</source>
            <translation>舍弃批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Discarded (Ctrl+Z brings it back)</source>
            <translation>已舍弃（按 Ctrl+Z 可恢复）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>No match to accept: re-attach or discard it</source>
            <translation>没有可接受的匹配位置：请重新关联或舍弃</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Re-attach Annotation</source>
            <translation>重新关联批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Re-attached to the selection</source>
            <translation>已重新关联到所选文字</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention.py"/>
            <source>Select the passage in the reader first</source>
            <translation>请先在阅读区选中这段文字</translation>
        </message>
    </context>
    <context>
        <name>AttentionDock</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>%n annotation(s) need(s) attention ({review} to review, {orphaned} orphaned)</source>
            <translation>
                <numerusform>%n 条批注待处理（待核对 {review} 条，未定位 {orphaned} 条）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>(empty quote)</source>
            <translation>（引文为空）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Accept</source>
            <translation>接受</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Attach the annotation to the text selected in the reader</source>
            <translation>把批注关联到阅读区中选中的文字</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Delete the annotation (undoable; teammates' merges will not bring it back)</source>
            <translation>删除这条批注（可撤销；团队成员合并时也不会把它带回来）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Discard</source>
            <translation>舍弃</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Likely match in this text · score {score}</source>
            <translation>本文中很可能的匹配位置 · 相似度 {score}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Move the annotation to the match shown above</source>
            <translation>把批注移到上方显示的匹配位置</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Needs Attention</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>No match in this text</source>
            <translation>本文中没有匹配位置</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Nothing needs attention.

Annotations that an import or a new version of the report cannot place with confidence are listed here — never dropped.</source>
            <translation>没有待处理的批注。

导入或报告新版本无法可靠定位的批注会列在这里，绝不会被丢弃。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Possible match in this text · score {score}</source>
            <translation>本文中可能的匹配位置 · 相似度 {score}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Re-attach</source>
            <translation>重新关联</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Select the match (or the old position) in the reader</source>
            <translation>在阅读区选中匹配位置（或原来的位置）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Select the passage in the reader first</source>
            <translation>请先在阅读区选中这段文字</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>Stored quote · {author} · {date}</source>
            <translation>保存的引文 · {author} · {date}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/attention_dock.py"/>
            <source>The quote was not found. Select the passage in the reader and press Re-attach, or Discard it.</source>
            <translation>没有找到这段引文。请在阅读区选中对应文字后按“重新关联”，或者舍弃这条批注。</translation>
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
                <numerusform>这份报告的另一个版本（“{title}”，上次打开于 {date}）有 %n 条批注，可以带入当前版本。带入时会重新定位，无法定位的批注会列入待处理。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>Carry Over</source>
            <translation>带入批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>Carrying annotations over…</source>
            <translation>正在带入批注…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>Not Now</source>
            <translation>暂不</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_bar.py"/>
            <source>Re-anchor those annotations onto this text and add them here</source>
            <translation>把这些批注重新定位到当前文本并添加进来</translation>
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
            <translation>带入批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_controller.py"/>
            <source>Carry-over check failed: {message}</source>
            <translation>检查可带入的批注失败：{message}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/carry_controller.py"/>
            <source>Carrying over failed: {message}</source>
            <translation>带入批注失败：{message}</translation>
        </message>
    </context>
    <context>
        <name>CarryResult</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>%n in place</source>
            <translation>
                <numerusform>%n 条位置不变</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n 条待处理</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/carry_over.py"/>
            <source>%n with changed text</source>
            <translation>
                <numerusform>%n 条原文已改</numerusform>
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
                <numerusform>已将 %n 条批注带入当前版本：{details}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Commitments</name>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Already tracked</source>
            <translation>已在跟踪</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Change Status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Dismiss Suggestion</source>
            <translation>忽略候选</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Dismiss Suggestions</source>
            <translation>忽略候选</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Edit Commitment</source>
            <translation>编辑承诺</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>No annotation store: commitments cannot be saved</source>
            <translation>没有批注库：无法保存承诺</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/operations.py"/>
            <source>Restore Suggestion</source>
            <translation>恢复候选</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Stop Tracking</source>
            <translation>停止跟踪</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>This highlight is already a tracked commitment</source>
            <translation>这处高亮已经是跟踪中的承诺</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commitments/editing.py"/>
            <source>Track %n Commitment(s)</source>
            <translation>
                <numerusform>跟踪 %n 项承诺</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Track Commitment</source>
            <translation>跟踪承诺</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Track as Commitment</source>
            <translation>作为承诺跟踪</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/editing.py"/>
            <source>Tracked commitments are not dismissed: use Stop Tracking or delete the highlight</source>
            <translation>已跟踪的承诺不能忽略：请使用“停止跟踪”，或删除这处高亮</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsDock</name>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>By category</source>
            <translation>按类别</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>By status</source>
            <translation>按状态</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Commitments</source>
            <translation>承诺</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Export the ledger as CSV or Excel</source>
            <translation>将承诺台账导出为表格（CSV、Excel）</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Filter by category</source>
            <translation>按类别筛选</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Filter by status</source>
            <translation>按状态筛选</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Filter commitments…</source>
            <translation>筛选承诺…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Finding commitments in this report…</source>
            <translation>正在查找本报告中的承诺…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Finding commitments…</source>
            <translation>正在查找承诺…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>No commitments found. Select a passage and choose Track as Commitment (Ctrl+Shift+H) to add one.</source>
            <translation>没有找到承诺。选中一段文字，再选择“作为承诺跟踪”（Ctrl+Shift+H）即可添加。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>No commitments match the filter.</source>
            <translation>没有符合筛选条件的承诺。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Reset Columns</source>
            <translation>恢复默认列</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/dock.py"/>
            <source>Show &amp;dismissed</source>
            <translation>显示已忽略项(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsFeature</name>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Commitments</source>
            <translation>承诺(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Dismiss Suggestion</source>
            <translation>忽略候选(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Go to Passage</source>
            <translation>跳转到原文(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Restore Suggestion</source>
            <translation>恢复候选(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>&amp;Track</source>
            <translation>跟踪(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Change &amp;Status…</source>
            <translation>更改状态(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Commitment</source>
            <translation>承诺</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>E&amp;xport Ledger…</source>
            <translation>导出承诺台账(&amp;X)…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Select a tracked commitment first (Ctrl+Return tracks a suggestion)</source>
            <translation>请先选择一项已跟踪的承诺（Ctrl+Return 可跟踪候选）</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Select the passage to track as a commitment first</source>
            <translation>请先选中要作为承诺跟踪的文字</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Stop Trac&amp;king</source>
            <translation>停止跟踪(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>This commitment lost its place in the text: re-attach it in Needs Attention.</source>
            <translation>这项承诺在文本中失去了位置：请在待处理面板中重新关联。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Track as &amp;Commitment</source>
            <translation>作为承诺跟踪(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Track the selected passage as a commitment ({0})</source>
            <translation>将所选文字作为承诺跟踪（{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/feature.py"/>
            <source>Tracked as a commitment: {0}</source>
            <translation>已作为承诺跟踪：{0}</translation>
        </message>
    </context>
    <context>
        <name>Credentials</name>
        <message>
            <location filename="../../storage/sync/credentials.py"/>
            <source>the system keyring</source>
            <translation>系统密钥环</translation>
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
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>&amp;Track</source>
            <translation>跟踪(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>A dismissed suggestion. Restore it to track it.</source>
            <translation>已忽略的候选。恢复后即可跟踪。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>A suggestion of the detector: press Ctrl+Return to track it.</source>
            <translation>自动识别出的候选：按 Ctrl+Return 开始跟踪。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Change &amp;Status…</source>
            <translation>更改状态(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Dismiss the selected suggestions (Del)</source>
            <translation>忽略所选候选（Del）</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Evidence:</source>
            <translation>佐证：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>No status changes yet.</source>
            <translation>尚无状态变更。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Select a commitment to see its passage and status history.</source>
            <translation>选择一项承诺，查看它的原文和状态记录。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Source:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/details.py"/>
            <source>Track the selected suggestions (Ctrl+Return)</source>
            <translation>跟踪所选候选（Ctrl+Return）</translation>
        </message>
    </context>
    <context>
        <name>DocumentPresenter</name>
        <message>
            <location filename="../../gui/document_presenter.py"/>
            <source>Annotation store error: {error}</source>
            <translation>批注库出错：{error}</translation>
        </message>
        <message>
            <location filename="../../gui/document_presenter.py"/>
            <source>Opening the bundled report…</source>
            <translation>正在打开内置报告…</translation>
        </message>
        <message>
            <location filename="../../gui/document_presenter.py"/>
            <source>Opening {name}…</source>
            <translation>正在打开 {name}…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceOpener</name>
        <message>
            <location filename="../../gui/commitments/evidence.py"/>
            <source>The evidence passage is no longer in this report</source>
            <translation>这段佐证原文已不在本报告中</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/evidence.py"/>
            <source>The report this evidence is in was never opened here</source>
            <translation>佐证所在的报告从未在这里打开过</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/evidence.py"/>
            <source>The report “{0}” is no longer at {1}</source>
            <translation>报告“{0}”已不在 {1}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeFeature</name>
        <message>
            <location filename="../../gui/exchange/controller.py"/>
            <source>&amp;Export Annotations…</source>
            <translation>导出批注(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/controller.py"/>
            <source>&amp;Import Annotations…</source>
            <translation>导入批注(&amp;I)…</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../gui/exchange/exporting.py"/>
            <source>annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/exporting.py"/>
            <source>{title} annotations</source>
            <translation>{title} 批注</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>%n annotation(s) will be exported.</source>
            <translation>
                <numerusform>将导出 %n 条批注。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>%n deletion(s) travel too, so teammates' copies are removed on import.</source>
            <translation>
                <numerusform>%n 条删除记录也会一并导出，团队成员导入后会删除各自的副本。</numerusform>
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
            <translation>章节(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>&amp;Tag:</source>
            <translation>标签(&amp;T)：</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>All authors</source>
            <translation>全部作者</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>Export Annotations</source>
            <translation>导出批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>No annotations match; the file would hold only a heading.</source>
            <translation>没有符合条件的批注；导出的文件只会有一个标题。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_dialog.py"/>
            <source>Whole report</source>
            <translation>整份报告</translation>
        </message>
    </context>
    <context>
        <name>ExportFlow</name>
        <message>
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Export Annotations</source>
            <translation>导出批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Export failed: {message}</source>
            <translation>导出失败：{message}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Exported %n annotation(s) to {name}</source>
            <translation>
                <numerusform>已将 %n 条批注导出到 {name}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Exporting to {name}…</source>
            <translation>正在导出到 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/export_flow.py"/>
            <source>Nothing to export: no report or no annotation store</source>
            <translation>没有可导出的内容：没有打开报告或没有批注库</translation>
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
            <translation>CSV 表格 — 用于电子表格</translation>
        </message>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>Markdown</source>
            <translation>Markdown 文档</translation>
        </message>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>Markdown brief — to read or share</source>
            <translation>Markdown 摘要 — 便于阅读和分享</translation>
        </message>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>W3C Web Annotation (JSON-LD) — for teammates</source>
            <translation>W3C Web Annotation（JSON-LD）— 与团队成员交换</translation>
        </message>
        <message>
            <location filename="../../storage/exchange/exporting.py"/>
            <source>W3C Web Annotations</source>
            <translation>W3C Web Annotation 批注文件</translation>
        </message>
    </context>
    <context>
        <name>FileFilters</name>
        <message>
            <location filename="../../gui/core/file_filters.py"/>
            <source>All Files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/core/file_filters.py"/>
            <source>Reports ({patterns});;All Files (*)</source>
            <translation>报告 ({patterns});;所有文件 (*)</translation>
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
            <translation>关闭（Esc）</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Find in any script (Simplified, Traditional, Taiwan phrasing)</source>
            <translation>查找（简繁字形均可，含台湾用语）</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Find:</source>
            <translation>查找：</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Indexing…</source>
            <translation>正在建立索引…</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>List all matches (Ctrl+Shift+F)</source>
            <translation>在搜索面板中列出全部匹配项（Ctrl+Shift+F）</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Next match (F3, Enter)</source>
            <translation>下一个匹配项（F3、Enter）</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>No matches</source>
            <translation>无匹配项</translation>
        </message>
        <message>
            <location filename="../../gui/find/find_bar.py"/>
            <source>Previous match (Shift+F3, Shift+Enter)</source>
            <translation>上一个匹配项（Shift+F3、Shift+Enter）</translation>
        </message>
    </context>
    <context>
        <name>FindController</name>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>&amp;Search Panel</source>
            <translation>搜索面板(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Find &amp;Next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Find &amp;Previous</source>
            <translation>查找上一个(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Indexing…</source>
            <translation>正在建立索引…</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>No matches</source>
            <translation>无匹配项</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Reached the beginning; continued from the bottom</source>
            <translation>已到开头，从末尾继续查找</translation>
        </message>
        <message>
            <location filename="../../gui/find/controller.py"/>
            <source>Reached the end; continued from the top</source>
            <translation>已到末尾，从开头继续查找</translation>
        </message>
    </context>
    <context>
        <name>FindSession</name>
        <message>
            <location filename="../../gui/find/session.py"/>
            <source>No matches</source>
            <translation>无匹配项</translation>
        </message>
    </context>
    <context>
        <name>FontCheck</name>
        <message>
            <location filename="../../gui/font_check.py"/>
            <source>No font for Chinese text is installed, so the text shows as boxes; install one ({0}).</source>
            <translation>没有安装中文字体，文字会显示成方框；请安装一款中文字体（{0}）。</translation>
        </message>
    </context>
    <context>
        <name>HighlightColours</name>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Achievement</source>
            <translation>成绩</translation>
        </message>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Commitment</source>
            <translation>承诺</translation>
        </message>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Question</source>
            <translation>疑问</translation>
        </message>
        <message>
            <location filename="../../gui/settings.py"/>
            <source>Target</source>
            <translation>目标</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>An import is already running…</source>
            <translation>已有一个导入正在进行…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Checking {name}…</source>
            <translation>正在核对 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Choose Report File…</source>
            <translation>选择报告文件…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Choose the report they belong to. If it is another version of that report, the annotations are re-anchored onto its text.</source>
            <translation>请选择这些批注所属的报告。如果选择的是该报告的另一个版本，批注会重新定位到它的文本上。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Import Annotations</source>
            <translation>导入批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Import failed: {message}</source>
            <translation>导入失败：{message}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Importing {name}…</source>
            <translation>正在导入 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>No annotation store: annotations cannot be imported</source>
            <translation>没有批注库：无法导入批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Opening {name}…</source>
            <translation>正在打开 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Reading {name}…</source>
            <translation>正在读取 {name}…</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Report the Annotations Belong To</source>
            <translation>批注所属的报告</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>The open report is “{title}”.</source>
            <translation>当前打开的报告是“{title}”。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>Use the Open Report</source>
            <translation>使用当前报告</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>W3C Web Annotations ({patterns})</source>
            <translation>W3C Web Annotation 批注文件 ({patterns})</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>into an earlier version of this report</source>
            <translation>导入到这份报告的早先版本</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>into {reports}</source>
            <translation>导入到 {reports}</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>{name} holds annotations for a report this store has not opened (“{title}”).</source>
            <translation>{name} 中的批注属于一份批注库从未打开过的报告（“{title}”）。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/import_flow.py"/>
            <source>{name} holds annotations for a report this store has not opened.</source>
            <translation>{name} 中的批注属于一份批注库从未打开过的报告。</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>%n annotation(s) could not be placed with confidence. They are kept, never dropped, and listed in Needs Attention (View menu) to accept, re-attach or discard.</source>
            <translation>
                <numerusform>有 %n 条批注无法可靠定位。它们会被保留、绝不丢弃，并列在待处理面板（“视图”菜单）中，供你接受、重新关联或舍弃。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>%n annotation(s) for: {reports}</source>
            <translation>
                <numerusform>%n 条批注，属于：{reports}</numerusform>
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
            <translation>已存在，内容相同或同样新</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Annotations</source>
            <translation>批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Annotations this store does not have yet</source>
            <translation>批注库中还没有的批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Deletions</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Found at another position or with slightly changed text</source>
            <translation>在其他位置找到，或原文略有改动</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Import Annotations</source>
            <translation>导入批注</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Known annotations the file has a newer version of</source>
            <translation>已有的批注，文件中的版本较新</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Needs review</source>
            <translation>待核对</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Nothing is written until you press Import. The import is one step you can repeat safely.</source>
            <translation>按下“导入”之前不会写入任何内容。导入是一步操作，可以放心重复。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Nothing to import: every annotation in this file is already in the store.</source>
            <translation>没有需要导入的内容：文件中的批注都已在批注库中。</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Older, skipped</source>
            <translation>较旧，已跳过</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Orphaned</source>
            <translation>未定位</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Placed with low confidence; listed in Needs Attention</source>
            <translation>定位把握不大，列入待处理</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Quote not found in this text; kept and listed in Needs Attention</source>
            <translation>本文中找不到引文；已保留并列入待处理</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Re-anchored</source>
            <translation>重新定位</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Teammates' deletions included in added/updated</source>
            <translation>团队成员的删除，已计入新增/更新</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>The local copy is newer; it is kept</source>
            <translation>本地版本较新，予以保留</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/preview_dialog.py"/>
            <source>Unchanged</source>
            <translation>未变</translation>
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
                <numerusform>新增 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n deletion(s)</source>
            <translation>
                <numerusform>删除 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n 条待处理</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n older skipped</source>
            <translation>
                <numerusform>跳过较旧的 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n re-anchored</source>
            <translation>
                <numerusform>重新定位 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n unchanged</source>
            <translation>
                <numerusform>未变 %n 条</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/exchange/importing.py"/>
            <source>%n updated</source>
            <translation>
                <numerusform>更新 %n 条</numerusform>
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
            <translation>已导入批注：{counts}</translation>
        </message>
    </context>
    <context>
        <name>IndexCache</name>
        <message>
            <location filename="../../gui/find/indexer.py"/>
            <source>Search index failed: {0}</source>
            <translation>建立搜索索引失败：{0}</translation>
        </message>
    </context>
    <context>
        <name>LayersMenu</name>
        <message numerus="yes">
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>%n author layer(s) hidden (View › Author Layers)</source>
            <translation>
                <numerusform>已隐藏 %n 个作者图层（视图 › 作者图层）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>&amp;Author Layers</source>
            <translation>作者图层(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>(no annotations)</source>
            <translation>（没有批注）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>(no author)</source>
            <translation>（无作者）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Author &amp;Colour</source>
            <translation>作者颜色(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Colour for Annotations Without an Author</source>
            <translation>无作者批注的颜色</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Colour for {author}</source>
            <translation>{author} 的颜色</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Show &amp;All Authors</source>
            <translation>显示全部作者(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Show Only &amp;Mine ({name})</source>
            <translation>只显示我的(&amp;M)（{name}）</translation>
        </message>
        <message>
            <location filename="../../gui/exchange/layers_menu.py"/>
            <source>Use Highlight Colours</source>
            <translation>使用高亮颜色</translation>
        </message>
    </context>
    <context>
        <name>LedgerColumns</name>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Binding</source>
            <translation>属性</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Horizon</source>
            <translation>时限</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Last Change</source>
            <translation>最近变更</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Passage</source>
            <translation>原文</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Qualifier</source>
            <translation>限定词</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Section</source>
            <translation>章节</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Strength</source>
            <translation>力度</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Value</source>
            <translation>目标值</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>When the status last changed, and by whom</source>
            <translation>状态最近一次变更的时间和变更人</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/columns.py"/>
            <source>Where the passage is in the outline (sorts in document order)</source>
            <translation>原文在目录中的位置（按文档顺序排序）</translation>
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
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/export.py"/>
            <source>Export Commitments</source>
            <translation>导出承诺</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/export.py"/>
            <source>Export failed: {0}</source>
            <translation>导出失败：{0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/commitments/export.py"/>
            <source>Exported %n commitment(s) to {0}</source>
            <translation>
                <numerusform>已将 %n 项承诺导出到 {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/commitments/export.py"/>
            <source>Exporting to {0}…</source>
            <translation>正在导出到 {0}…</translation>
        </message>
    </context>
    <context>
        <name>LedgerView</name>
        <message>
            <location filename="../../gui/commitments/ledger_view.py"/>
            <source>Reading the commitment ledger failed: {0}</source>
            <translation>读取承诺台账失败：{0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py"/>
            <source>Open Report</source>
            <translation>打开报告</translation>
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
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>Write a note (plain text)…</source>
            <translation>写下备注（纯文本）…</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <location filename="../../gui/core/operations.py"/>
            <source>no annotation store is open</source>
            <translation>没有打开批注库</translation>
        </message>
    </context>
    <context>
        <name>OutlineBadges</name>
        <message numerus="yes">
            <location filename="../../gui/commitments/badges.py"/>
            <source>%n tracked commitment(s), {achieved} achieved</source>
            <translation>
                <numerusform>已跟踪 %n 项承诺，已完成 {achieved} 项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutlineDock</name>
        <message>
            <location filename="../../gui/outline_dock.py"/>
            <source>Filter the outline…</source>
            <translation>筛选目录…</translation>
        </message>
        <message>
            <location filename="../../gui/outline_dock.py"/>
            <source>Outline</source>
            <translation>目录</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message numerus="yes">
            <location filename="../../gui/outline_dock.py"/>
            <source>%n annotation(s)</source>
            <translation>
                <numerusform>%n 条批注</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/outline_dock.py"/>
            <source>%n annotation(s) in this section</source>
            <translation>
                <numerusform>本节有 %n 条批注</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OverviewChart</name>
        <message>
            <location filename="../../gui/commitments/chart.py"/>
            <source>Commitments by section</source>
            <translation>各章节的承诺</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/chart.py"/>
            <source>No commitments in this report yet</source>
            <translation>本报告中还没有承诺</translation>
        </message>
    </context>
    <context>
        <name>PageNavigation</name>
        <message>
            <location filename="../../gui/page_navigation.py"/>
            <source>Go to &amp;Page…</source>
            <translation>转到页码(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/page_navigation.py"/>
            <source>Go to Page</source>
            <translation>转到页码</translation>
        </message>
        <message>
            <location filename="../../gui/page_navigation.py"/>
            <source>Page (1–{last}):</source>
            <translation>页码（1–{last}）：</translation>
        </message>
        <message>
            <location filename="../../gui/page_navigation.py"/>
            <source>The PDF page at the top of the reader (Ctrl+G: go to a page)</source>
            <translation>阅读区顶部所在的 PDF 页码（Ctrl+G：转到页码）</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../gui/core/pages.py"/>
            <source>p. {page}</source>
            <translation>第 {page} 页</translation>
        </message>
        <message>
            <location filename="../../gui/core/pages.py"/>
            <source>p. {page} / {last}</source>
            <translation>第 {page} 页，共 {last} 页</translation>
        </message>
    </context>
    <context>
        <name>PanelView</name>
        <message>
            <location filename="../../gui/annotations/panel_view.py"/>
            <source>This annotation lost its place in the text: re-attach it in Needs Attention.</source>
            <translation>这条批注在文本中失去了位置：请在待处理面板中重新关联。</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>&amp;Remember this password</source>
            <translation>记住密码(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>Kept in the system keyring (or, where there is none, in ~/.pgpass, readable only by you) — never in Pizhu's settings</source>
            <translation>保存在系统密钥环中（没有密钥环时保存在只有你能读取的 ~/.pgpass 中），绝不会写入应用设置</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>Team Server Password</source>
            <translation>团队服务器密码</translation>
        </message>
        <message>
            <location filename="../../gui/sync/password.py"/>
            <source>The team server {0} asks for a password.</source>
            <translation>团队服务器 {0} 需要密码。</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>&amp;Interface:</source>
            <translation>界面语言(&amp;I)：</translation>
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
            <translation>常规</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Highlight colour names</source>
            <translation>高亮颜色名称</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Menus, panels and messages. The report's script (View › Script) is a separate choice.</source>
            <translation>用于菜单、面板和提示信息。报告的简繁字形（视图 › 简繁转换）另行选择。</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Pizhu will be in {language} from its next start.</source>
            <translation>批注下次启动时将使用{language}。</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Preferences</source>
            <translation>偏好设置</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>Stored with each annotation you make; teammates see it.</source>
            <translation>会保存在你创建的每条批注中，团队成员可以看到。</translation>
        </message>
        <message>
            <location filename="../../gui/preferences.py"/>
            <source>System default ({language})</source>
            <translation>跟随系统（{language}）</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <location filename="../../gui/render.py"/>
            <source>Joined here: {reason} (source line {line})</source>
            <translation>此处已接合：{reason}（源文件第 {line} 行）</translation>
        </message>
        <message>
            <location filename="../../gui/render.py"/>
            <source>Left out here: “{text}” — {reason} (source line {line})</source>
            <translation>此处已略去：“{text}” — {reason}（源文件第 {line} 行）</translation>
        </message>
        <message>
            <location filename="../../gui/reader_pages.py"/>
            <source>Page {page} of the PDF begins here</source>
            <translation>PDF 第 {page} 页从这里开始</translation>
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
            <translation>香港繁体</translation>
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
            <translation>简体</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Simplified Chinese</source>
            <translation>简体中文</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Taiwan</source>
            <comment>toolbar: Taiwan standard characters</comment>
            <translation>台湾</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Taiwan Standard</source>
            <translation>台湾正体</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Taiwan Standard with Taiwan Phrasing</source>
            <translation>台湾正体（台湾用语）</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Taiwan+</source>
            <comment>toolbar: Taiwan characters and Taiwan phrasing</comment>
            <translation>台湾+用语</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Traditional</source>
            <comment>toolbar: Traditional Chinese script (OpenCC)</comment>
            <translation>繁体</translation>
        </message>
        <message>
            <location filename="../../gui/script_names.py"/>
            <source>Traditional Chinese (OpenCC)</source>
            <translation>繁体中文（OpenCC）</translation>
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
            <translation>搜索</translation>
        </message>
        <message>
            <location filename="../../gui/find/search_dock.py"/>
            <source>Type in the find bar (Ctrl+F)</source>
            <translation>请在查找栏中输入（Ctrl+F）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/find/search_dock.py"/>
            <source>“{query}”: %n match(es)</source>
            <translation>
                <numerusform>“{query}”：%n 处匹配</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/find/search_dock.py"/>
            <source>“{query}”: %n match(es), showing the first {shown}</source>
            <translation>
                <numerusform>“{query}”：%n 处匹配，仅显示前 {shown} 处</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/find/search_dock.py"/>
            <source>“{query}”: no matches</source>
            <translation>“{query}”：无匹配项</translation>
        </message>
    </context>
    <context>
        <name>SelectionBar</name>
        <message>
            <location filename="../../gui/annotations/selection_bar.py"/>
            <source>Note…</source>
            <translation>备注…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/selection_bar.py"/>
            <source>Tag the passage (Ctrl+T)</source>
            <translation>给这段文字加标签（Ctrl+T）</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/selection_bar.py"/>
            <source>Tag…</source>
            <translation>标签…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/selection_bar.py"/>
            <source>Write a note (Ctrl+Shift+N)</source>
            <translation>写备注（Ctrl+Shift+N）</translation>
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
            <translation>来自其他报告的佐证(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>&amp;Status:</source>
            <translation>状态(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>A URL, or where the information comes from</source>
            <translation>网址，或信息的出处</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Change Status</source>
            <translation>更改状态</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Choose a report…</source>
            <translation>选择报告…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Evidence: “{0}”</source>
            <translation>佐证：“{0}”</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Find in the report…</source>
            <translation>在报告中查找…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Reading {0}…</source>
            <translation>正在读取 {0}…</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Recorded with the current date and time when you press OK</source>
            <translation>按“确定”时记录当前的日期和时间</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>S&amp;ource:</source>
            <translation>来源(&amp;O)：</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>Select the passage that shows the status.</source>
            <translation>请选中能说明这一状态的原文。</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>The report could not be read: {0}</source>
            <translation>无法读取这份报告：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>What shows the new status</source>
            <translation>新状态的依据</translation>
        </message>
        <message>
            <location filename="../../gui/commitments/status_dialog.py"/>
            <source>When:</source>
            <translation>时间：</translation>
        </message>
    </context>
    <context>
        <name>StoreOpener</name>
        <message>
            <location filename="../../gui/app.py"/>
            <source>Cannot open the annotation store: {message}</source>
            <translation>无法打开批注库：{message}</translation>
        </message>
        <message>
            <location filename="../../gui/app.py"/>
            <source>The annotation store could not be opened; you can read but not annotate.</source>
            <translation>无法打开批注库；可以阅读，但不能批注。</translation>
        </message>
    </context>
    <context>
        <name>SyncConfig</name>
        <message>
            <location filename="../../gui/sync/config.py"/>
            <source>Leave the password out of the URL: Pizhu asks for it when the server wants one and can keep it in the system keyring.</source>
            <translation>请不要把密码写在网址中：服务器需要密码时，批注会询问，并可将其保存在系统密钥环中。</translation>
        </message>
    </context>
    <context>
        <name>SyncFeature</name>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source> (paused until a sync from the File menu works)</source>
            <translation>（已暂停，直到从“文件”菜单同步成功）</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>A sync is already running</source>
            <translation>已有一次同步正在进行</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>All documents last synced: {0}</source>
            <translation>全部文档上次同步：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Click to sync this report ({0})</source>
            <translation>单击以同步本报告（{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Finishing…</source>
            <translation>即将完成…</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Merging {0}/{1}</source>
            <translation>正在合并 {0}/{1}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>No team server is set: choose one in Edit › Preferences › Team Sync</source>
            <translation>未设置团队服务器：请在 编辑 › 偏好设置 › 团队同步 中选择</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Not synced yet</source>
            <translation>尚未同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Not synced: no password was given</source>
            <translation>未同步：没有输入密码</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Open a report to sync it</source>
            <translation>请先打开一份报告再同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Periodic sync: every {0} min</source>
            <translation>定时同步：每 {0} 分钟</translation>
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
            <translation>正在发送 {0}/{1}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Sync &amp;All Documents</source>
            <translation>同步全部文档(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Sync cancelled; nothing was left half-written</source>
            <translation>同步已取消；没有留下写了一半的数据</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Sync failed</source>
            <translation>同步失败</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Sync: check Preferences</source>
            <translation>同步：请检查偏好设置</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Synced {0}</source>
            <translation>已同步 {0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team Sync</source>
            <translation>团队同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team server unreachable; reading and annotating go on, and Pizhu will try again later ({0})</source>
            <translation>无法连接团队服务器；阅读和批注不受影响，稍后会自动重试（{0}）</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team server: {0}</source>
            <translation>团队服务器：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team sync paused: the server {0} asks for a password; use File › Sync to enter it</source>
            <translation>团队同步已暂停：服务器 {0} 需要密码；请通过 文件 › 同步 输入</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Team sync: {0}</source>
            <translation>团队同步：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>The annotation store is not open yet; try again in a moment</source>
            <translation>批注库尚未打开；请稍后再试</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>This report last synced: {0}</source>
            <translation>本报告上次同步：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>Your login on the team server {0} may read but not write. Teammates' annotations arrive as usual; your own changes stay in your local store and are not shared. Ask the team's administrator for write access to share them.</source>
            <translation>你在团队服务器 {0} 上的账号只能读取、不能写入。团队成员的批注照常同步过来；你自己的修改保留在本地批注库中，不会共享。如需共享，请向团队管理员申请写入权限。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location filename="../../gui/sync/feature.py"/>
            <source>{0} — password saved in {1}</source>
            <translation>{0} — 密码已保存到{1}</translation>
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
            <translation>停止本次同步；不会留下写了一半的数据</translation>
        </message>
    </context>
    <context>
        <name>SyncPreferencesPage</name>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>&amp;Server:</source>
            <translation>服务器(&amp;S)：</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>(not a usable URL)</source>
            <translation>（不是可用的网址）</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>A PostgreSQL URL without password. Pizhu asks for the password when the server wants one and can keep it in the system keyring — never in its settings. Setting up the server: docs/teams.md.</source>
            <translation>不含密码的 PostgreSQL 网址。服务器需要密码时，批注会询问，并可将其保存在系统密钥环中，绝不会写入应用设置。服务器的搭建方法见 docs/teams.md。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>File › Sync (Ctrl+Shift+S) syncs the shown report at any time. Periodic syncs wait while a dialog is open and back off while the server cannot be reached.</source>
            <translation>随时可以用 文件 › 同步（Ctrl+Shift+S）同步当前显示的报告。有对话框打开时，定时同步会等待；服务器无法连接时，会逐渐拉长重试的间隔。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>No team server: annotations stay on this computer (exchange them as files).</source>
            <translation>未设置团队服务器：批注只保存在本机（可以通过文件交换）。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Set by the PIZHU_SERVER environment variable, which takes precedence; unset it to choose the server here.</source>
            <translation>由环境变量 PIZHU_SERVER 设置，优先于这里的设置；清除该变量后才能在这里选择服务器。</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Sync &amp;every</source>
            <translation>定时同步，每隔(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Sync a report when it is &amp;opened</source>
            <translation>打开报告时同步(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Syncs with {0}</source>
            <translation>与 {0} 同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Team Sync</source>
            <translation>团队同步</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>Team server</source>
            <translation>团队服务器</translation>
        </message>
        <message>
            <location filename="../../gui/sync/preferences_page.py"/>
            <source>When to sync</source>
            <translation>何时同步</translation>
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message numerus="yes">
            <location filename="../../gui/sync/summary_text.py"/>
            <source>%n conflict(s) resolved, the newest edit kept</source>
            <translation>
                <numerusform>解决了 %n 处冲突，保留最新的修改</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sync/summary_text.py"/>
            <source>%n local change(s) not sent (the login may only read)</source>
            <translation>
                <numerusform>%n 处本地修改未发送（该账号只能读取）</numerusform>
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
            <translation>已与 {server} 同步：发送 {sent} 条，接收 {received} 条</translation>
        </message>
        <message>
            <location filename="../../gui/sync/summary_text.py"/>
            <source>deletions: {sent} sent, {received} received</source>
            <translation>删除记录：发送 {sent} 条，接收 {received} 条</translation>
        </message>
        <message>
            <location filename="../../gui/sync/summary_text.py"/>
            <source>{reanchored} re-anchored, {review} to review, {orphaned} orphaned</source>
            <translation>重新定位 {reanchored} 条，待核对 {review} 条，未定位 {orphaned} 条</translation>
        </message>
    </context>
    <context>
        <name>TagDialog</name>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>Separate tags with commas; use / for levels (commitment/economy).</source>
            <translation>标签之间用逗号分隔；用 / 表示层级（如 承诺/经济）。</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
    </context>
    <context>
        <name>TagLineEdit</name>
        <message>
            <location filename="../../gui/annotations/editors.py"/>
            <source>commitment, commitment/economy, target …</source>
            <translation>承诺, 承诺/经济, 目标 …</translation>
        </message>
    </context>
    <context>
        <name>TagOperations</name>
        <message>
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Clear Tag Colour</source>
            <translation>清除标签颜色</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Delete %n Tag(s)</source>
            <translation>
                <numerusform>删除 %n 个标签</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Merge Tags</source>
            <translation>合并标签</translation>
        </message>
        <message>
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Rename Tag</source>
            <translation>重命名标签</translation>
        </message>
        <message>
            <location filename="../../gui/core/tag_operations.py"/>
            <source>Tag Colour</source>
            <translation>设置标签颜色</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>&amp;Colour…</source>
            <translation>颜色(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>&amp;Merge…</source>
            <translation>合并(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>C&amp;lear Colour</source>
            <translation>清除颜色(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Delete Tags</source>
            <translation>删除标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Loading tags failed: {0}</source>
            <translation>读取标签失败：{0}</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Manage Tags</source>
            <translation>管理标签</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Merge %n tag(s) into:</source>
            <translation>
                <numerusform>把 %n 个标签合并为：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Merge Tags</source>
            <translation>合并标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Remove %n tag(s) from every annotation?</source>
            <translation>
                <numerusform>要从所有批注中移除这 %n 个标签吗？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Rename Tag</source>
            <translation>重命名标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Tag</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Tag Colour</source>
            <translation>标签颜色</translation>
        </message>
        <message>
            <location filename="../../gui/annotations/tags_dialog.py"/>
            <source>Uses</source>
            <translation>使用次数</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;About Pizhu</source>
            <translation>关于批注(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Actual Size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>&amp;Script</source>
            <translation>简繁转换(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>(development version)</source>
            <translation>（开发版）</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>About {name}</source>
            <translation>关于{name}</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Clear Menu</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Focus Outline &amp;Filter</source>
            <translation>转到目录筛选框(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Keyboard Shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Open &amp;Bundled Report</source>
            <translation>打开内置报告(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Script</source>
            <translation>简繁转换</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../gui/window_menus.py"/>
            <source>{name} {version}
Read and annotate Chinese policy documents.</source>
            <translation>{name} {version}
阅读并批注中文政策文件。</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <location filename="../../gui/worker.py"/>
            <source>unexpected error: {error}</source>
            <translation>意外错误：{error}</translation>
        </message>
    </context>
</TS>
