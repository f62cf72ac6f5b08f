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
            <source>%n annotation(s) were deleted in another window; the edit was not saved</source>
            <translation>
                <numerusform>有 %n 条批注已在另一个窗口中删除，这次修改未保存</numerusform>
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
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py"/>
            <source>Annotation store error: {error}</source>
            <translation>批注库出错：{error}</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py"/>
            <source>Open Report</source>
            <translation>打开报告</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py"/>
            <source>Opening the bundled report…</source>
            <translation>正在打开内置报告…</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py"/>
            <source>Opening {name}…</source>
            <translation>正在打开 {name}…</translation>
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
