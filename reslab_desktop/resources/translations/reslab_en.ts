<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message>
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <source>Edit note text</source>
            <translation>Edit note text</translation>
        </message>
        <message>
            <source>Change color</source>
            <translation>Change color</translation>
        </message>
        <message>
            <source>Set author</source>
            <translation>Set author</translation>
        </message>
        <message>
            <source>Bring to front</source>
            <translation>Bring to front</translation>
        </message>
        <message>
            <source>Send to back</source>
            <translation>Send to back</translation>
        </message>
        <message>
            <source>Distribute notes</source>
            <translation>Distribute notes</translation>
        </message>
        <message>
            <source>Align notes</source>
            <translation>Align notes</translation>
        </message>
        <message>
            <source>Move item</source>
            <translation>Move item</translation>
        </message>
        <message numerus="yes">
            <source>Move %n items</source>
            <translation>
                <numerusform>Move %n items</numerusform>
                <numerusform>Move %n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Move zone</source>
            <translation>Move zone</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>Move note</translation>
        </message>
        <message numerus="yes">
            <source>Move %n notes</source>
            <translation>
                <numerusform>Move %n notes</numerusform>
                <numerusform>Move %n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Move image</source>
            <translation>Move image</translation>
        </message>
        <message>
            <source>Resize note</source>
            <translation>Resize note</translation>
        </message>
        <message>
            <source>Resize zone</source>
            <translation>Resize zone</translation>
        </message>
        <message>
            <source>Resize image</source>
            <translation>Resize image</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>Delete item</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n items</source>
            <translation>
                <numerusform>Delete %n items</numerusform>
                <numerusform>Delete %n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Duplicate note</source>
            <translation>Duplicate note</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n notes</source>
            <translation>
                <numerusform>Duplicate %n notes</numerusform>
                <numerusform>Duplicate %n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the notes to group first.</source>
            <translation>Select the notes to group first.</translation>
        </message>
        <message>
            <source>Group notes</source>
            <translation>Group notes</translation>
        </message>
        <message>
            <source>Title of the group:</source>
            <translation>Title of the group:</translation>
        </message>
        <message>
            <source>Drag on the board to draw the zone · Enter: in the middle of the view · Esc: cancel</source>
            <translation>Drag on the board to draw the zone · Enter: in the middle of the view · Esc: cancel</translation>
        </message>
        <message>
            <source>New zone</source>
            <translation>New zone</translation>
        </message>
        <message>
            <source>Title of the zone:</source>
            <translation>Title of the zone:</translation>
        </message>
        <message>
            <source>Add zone</source>
            <translation>Add zone</translation>
        </message>
        <message>
            <source>Rename zone</source>
            <translation>Rename zone</translation>
        </message>
        <message>
            <source>Select exactly two notes to link them.</source>
            <translation>Select exactly two notes to link them.</translation>
        </message>
        <message>
            <source>Link notes</source>
            <translation>Link notes</translation>
        </message>
        <message>
            <source>Link label</source>
            <translation>Link label</translation>
        </message>
        <message>
            <source>Label of the arrow:</source>
            <translation>Label of the arrow:</translation>
        </message>
        <message>
            <source>Edit link label</source>
            <translation>Edit link label</translation>
        </message>
        <message>
            <source>Paste note</source>
            <translation>Paste note</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n notes</source>
            <translation>
                <numerusform>Paste %n notes</numerusform>
                <numerusform>Paste %n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Drop files</source>
            <translation>Drop files</translation>
        </message>
        <message>
            <source>Insert image</source>
            <translation>Insert image</translation>
        </message>
        <message>
            <source>Image caption</source>
            <translation>Image caption</translation>
        </message>
        <message>
            <source>Caption under the photo:</source>
            <translation>Caption under the photo:</translation>
        </message>
        <message>
            <source>Edit caption</source>
            <translation>Edit caption</translation>
        </message>
        <message>
            <source>Find notes…</source>
            <translation>Find notes…</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Previous match (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Next match (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>no notes</source>
            <translation>no notes</translation>
        </message>
        <message>
            <source>Edit Text</source>
            <translation>Edit Text</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Bring to Front</source>
            <translation>Bring to Front</translation>
        </message>
        <message>
            <source>Send to Back</source>
            <translation>Send to Back</translation>
        </message>
        <message>
            <source>Align and Distribute</source>
            <translation>Align and Distribute</translation>
        </message>
        <message>
            <source>Group Notes…</source>
            <translation>Group Notes…</translation>
        </message>
        <message>
            <source>Link the Two Notes</source>
            <translation>Link the Two Notes</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Rename Zone…</source>
            <translation>Rename Zone…</translation>
        </message>
        <message>
            <source>Delete Zone (Keep Its Notes)</source>
            <translation>Delete Zone (Keep Its Notes)</translation>
        </message>
        <message>
            <source>Edit Label…</source>
            <translation>Edit Label…</translation>
        </message>
        <message>
            <source>Delete Arrow</source>
            <translation>Delete Arrow</translation>
        </message>
        <message>
            <source>Edit Caption…</source>
            <translation>Edit Caption…</translation>
        </message>
        <message>
            <source>Delete Image</source>
            <translation>Delete Image</translation>
        </message>
        <message>
            <source>Add Note Here</source>
            <translation>Add Note Here</translation>
        </message>
        <message>
            <source>Paste Here</source>
            <translation>Paste Here</translation>
        </message>
        <message>
            <source>Draw a Zone</source>
            <translation>Draw a Zone</translation>
        </message>
        <message>
            <source>Insert Image…</source>
            <translation>Insert Image…</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
        <message>
            <source>Fit the Whole Board</source>
            <translation>Fit the Whole Board</translation>
        </message>
        <message>
            <source>+ Note</source>
            <translation>+ Note</translation>
        </message>
        <message>
            <source>A new note in the middle of the view (N, or double-click the board)</source>
            <translation>A new note in the middle of the view (N, or double-click the board)</translation>
        </message>
        <message>
            <source>Author of the notes you add now (e.g. while typing in the cards of one person)</source>
            <translation>Author of the notes you add now (e.g. while typing in the cards of one person)</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>Draw a titled zone (Ctrl+Shift+G)</source>
            <translation>Draw a titled zone (Ctrl+Shift+G)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Put the selected notes in a new titled zone (Ctrl+G)</source>
            <translation>Put the selected notes in a new titled zone (Ctrl+G)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>An arrow between the two selected notes (Ctrl+K)</source>
            <translation>An arrow between the two selected notes (Ctrl+K)</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Insert a photo from a file (Ctrl+Shift+I)</source>
            <translation>Insert a photo from a file (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+−)</source>
            <translation>Zoom out (Ctrl+−)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Zoom in (Ctrl++)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole board (Home)</source>
            <translation>Show the whole board (Home)</translation>
        </message>
        <message>
            <source>No author</source>
            <translation>No author</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nobody</translation>
        </message>
        <message>
            <source>Align &amp;Left Edges</source>
            <translation>Align &amp;Left Edges</translation>
        </message>
        <message>
            <source>Align &amp;Centres Horizontally</source>
            <translation>Align &amp;Centres Horizontally</translation>
        </message>
        <message>
            <source>Align &amp;Right Edges</source>
            <translation>Align &amp;Right Edges</translation>
        </message>
        <message>
            <source>Align &amp;Top Edges</source>
            <translation>Align &amp;Top Edges</translation>
        </message>
        <message>
            <source>Align &amp;Middles Vertically</source>
            <translation>Align &amp;Middles Vertically</translation>
        </message>
        <message>
            <source>Align &amp;Bottom Edges</source>
            <translation>Align &amp;Bottom Edges</translation>
        </message>
        <message>
            <source>Distribute &amp;Horizontally</source>
            <translation>Distribute &amp;Horizontally</translation>
        </message>
        <message>
            <source>Distribute &amp;Vertically</source>
            <translation>Distribute &amp;Vertically</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <extracomment>Print jobs running (each kept until it finishes or fails).</extracomment>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>PDF written: %1</source>
            <translation>PDF written: %1</translation>
        </message>
        <message>
            <source>Building the PDF…</source>
            <translation>Building the PDF…</translation>
        </message>
        <message>
            <source>Preparing to print…</source>
            <translation>Preparing to print…</translation>
        </message>
        <message>
            <source>Sent to %1</source>
            <translation>Sent to %1</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>the printer</translation>
        </message>
        <message>
            <source>The PDF is open in your PDF viewer: print it from there.</source>
            <translation>The PDF is open in your PDF viewer: print it from there.</translation>
        </message>
        <message>
            <source>This computer has no program that can print or show a PDF.</source>
            <translation>This computer has no program that can print or show a PDF.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer.</source>
            <translation>No printer is set up on this computer.</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Printing cancelled</translation>
        </message>
        <message>
            <source>Printing page %1 of %2…</source>
            <translation>Printing page %1 of %2…</translation>
        </message>
        <message>
            <source>Sent to %1 (%2 pages)</source>
            <translation>Sent to %1 (%2 pages)</translation>
        </message>
        <message>
            <source>The printer did not take the document.</source>
            <translation>The printer did not take the document.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Save the PDF and print it from another computer or program.</source>
            <translation>Save the PDF and print it from another computer or program.</translation>
        </message>
        <message>
            <source>Save the PDF…</source>
            <translation>Save the PDF…</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Save the PDF</translation>
        </message>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>The PDF could not be saved: %1</translation>
        </message>
        <message>
            <source>PDF export cancelled</source>
            <translation>PDF export cancelled</translation>
        </message>
        <message>
            <source>The pages could not be prepared for printing (pdftoppm did not start).</source>
            <translation>The pages could not be prepared for printing (pdftoppm did not start).</translation>
        </message>
        <message>
            <source>Page %1 could not be prepared for printing.</source>
            <translation>Page %1 could not be prepared for printing.</translation>
        </message>
        <message>
            <source>The printer did not accept the document.</source>
            <translation>The printer did not accept the document.</translation>
        </message>
        <message>
            <source>The printer did not accept the next page.</source>
            <translation>The printer did not accept the next page.</translation>
        </message>
        <message>
            <source>Export Data</source>
            <translation>Export Data</translation>
        </message>
        <message>
            <source>Excel workbook (one sheet per table)</source>
            <translation>Excel workbook (one sheet per table)</translation>
        </message>
        <message>
            <source>CSV files (one per table, UTF-8)</source>
            <translation>CSV files (one per table, UTF-8)</translation>
        </message>
        <message>
            <source>Notes, voting results, ballots of rounds that are not anonymous, decisions, pledges, needs and gaps, initiatives, action plans, organizations, participants, sessions and attendance.</source>
            <translation>Notes, voting results, ballots of rounds that are not anonymous, decisions, pledges, needs and gaps, initiatives, action plans, organizations, participants, sessions and attendance.</translation>
        </message>
        <message>
            <source>&amp;Open when done</source>
            <translation>&amp;Open when done</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Export the CSV Files to…</source>
            <translation>Export the CSV Files to…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Data exported to %1</source>
            <translation>Data exported to %1</translation>
        </message>
        <message>
            <source>Data export cancelled</source>
            <translation>Data export cancelled</translation>
        </message>
        <message>
            <source>Exporting the data…</source>
            <translation>Exporting the data…</translation>
        </message>
        <message>
            <source>Portfolio of Learning Communities</source>
            <translation>Portfolio of Learning Communities</translation>
        </message>
        <message>
            <source>Choose the workshop files of the Learning Communities, or folders that hold them (their subfolders are searched too). The files are only read, never changed.</source>
            <translation>Choose the workshop files of the Learning Communities, or folders that hold them (their subfolders are searched too). The files are only read, never changed.</translation>
        </message>
        <message>
            <source>Add &amp;Folder…</source>
            <translation>Add &amp;Folder…</translation>
        </message>
        <message>
            <source>Add Fi&amp;les…</source>
            <translation>Add Fi&amp;les…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Read the Files</source>
            <translation>&amp;Read the Files</translation>
        </message>
        <message>
            <source>Report &amp;language:</source>
            <translation>Report &amp;language:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Paper:</translation>
        </message>
        <message>
            <source>Add files or folders, then read them.</source>
            <translation>Add files or folders, then read them.</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>Save &amp;PDF…</translation>
        </message>
        <message>
            <source>Save &amp;Excel…</source>
            <translation>Save &amp;Excel…</translation>
        </message>
        <message>
            <source>Save &amp;CSV…</source>
            <translation>Save &amp;CSV…</translation>
        </message>
        <message>
            <source>The folder %1 has no workshop files (.reslab).</source>
            <translation>The folder %1 has no workshop files (.reslab).</translation>
        </message>
        <message>
            <source>%1 (folder; workshop files: %2)</source>
            <translation>%1 (folder; workshop files: %2)</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 does not exist.</translation>
        </message>
        <message>
            <source>Add a Folder of Workshops</source>
            <translation>Add a Folder of Workshops</translation>
        </message>
        <message>
            <source>Add Workshop Files</source>
            <translation>Add Workshop Files</translation>
        </message>
        <message>
            <source>Add at least one workshop file or folder first.</source>
            <translation>Add at least one workshop file or folder first.</translation>
        </message>
        <message>
            <source>Reading the workshop files…</source>
            <translation>Reading the workshop files…</translation>
        </message>
        <message>
            <source>Not read: %1 — %2</source>
            <translation>Not read: %1 — %2</translation>
        </message>
        <message>
            <source>Counted once: %1 is a copy of %2</source>
            <translation>Counted once: %1 is a copy of %2</translation>
        </message>
        <message>
            <source>Communities: %1 · files read: %2 of %3</source>
            <translation>Communities: %1 · files read: %2 of %3</translation>
        </message>
        <message>
            <source>copies counted once: %1</source>
            <translation>copies counted once: %1</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Community</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizations</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Localization</source>
            <translation>Localization</translation>
        </message>
        <message>
            <source>Funding (MXN)</source>
            <translation>Funding (MXN)</translation>
        </message>
        <message>
            <source>Save the Tables as CSV Files in…</source>
            <translation>Save the Tables as CSV Files in…</translation>
        </message>
        <message>
            <source>portfolio</source>
            <translation>portfolio</translation>
        </message>
        <message>
            <source>Save the Portfolio</source>
            <translation>Save the Portfolio</translation>
        </message>
        <message>
            <source>Read the files first.</source>
            <translation>Read the files first.</translation>
        </message>
        <message>
            <source>Writing the portfolio…</source>
            <translation>Writing the portfolio…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelled: nothing was written.</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;File</source>
            <extracomment>A row's handler: ``f(window)``, ``f(window, checked)`` (checkable) or ``f(window, menu)`` (submenu). Menu keys in menu-bar order, with their (translatable) titles. Empty menus are not shown.</extracomment>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Board</translation>
        </message>
        <message>
            <source>V&amp;oting</source>
            <translation>V&amp;oting</translation>
        </message>
        <message>
            <source>&amp;Lab</source>
            <translation>&amp;Lab</translation>
        </message>
        <message>
            <source>&amp;Room</source>
            <translation>&amp;Room</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;New Workshop…</source>
            <translation>&amp;New Workshop…</translation>
        </message>
        <message>
            <source>Create a new workshop file</source>
            <translation>Create a new workshop file</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open a workshop file</source>
            <translation>Open a workshop file</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Workshop</source>
            <translation>Open the &amp;Demo Workshop</translation>
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation>Save a &amp;Copy As…</translation>
        </message>
        <message>
            <source>Write a copy of this workshop to another file</source>
            <translation>Write a copy of this workshop to another file</translation>
        </message>
        <message>
            <source>&amp;Import JSON…</source>
            <translation>&amp;Import JSON…</translation>
        </message>
        <message>
            <source>Make a new workshop file from a JSON document and open it</source>
            <translation>Make a new workshop file from a JSON document and open it</translation>
        </message>
        <message>
            <source>&amp;Export JSON…</source>
            <translation>&amp;Export JSON…</translation>
        </message>
        <message>
            <source>Write this workshop as a JSON document</source>
            <translation>Write this workshop as a JSON document</translation>
        </message>
        <message>
            <source>Export Dat&amp;a…</source>
            <translation>Export Dat&amp;a…</translation>
        </message>
        <message>
            <source>This workshop's notes, votes, decisions, resources and people as Excel or CSV tables</source>
            <translation>This workshop's notes, votes, decisions, resources and people as Excel or CSV tables</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Export P&amp;DF…</translation>
        </message>
        <message>
            <source>The session report, worksheets, tally or sign-in sheets, or a board poster as PDF</source>
            <translation>The session report, worksheets, tally or sign-in sheets, or a board poster as PDF</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Print the session report or blank worksheets</source>
            <translation>Print the session report or blank worksheets</translation>
        </message>
        <message>
            <source>Port&amp;folio…</source>
            <translation>Port&amp;folio…</translation>
        </message>
        <message>
            <source>One report across many workshop files: communities, localization pathways, challenges, resources</source>
            <translation>One report across many workshop files: communities, localization pathways, challenges, resources</translation>
        </message>
        <message>
            <source>Workshop &amp;Properties…</source>
            <translation>Workshop &amp;Properties…</translation>
        </message>
        <message>
            <source>Title, learning community, place, language, dates, facilitators</source>
            <translation>Title, learning community, place, language, dates, facilitators</translation>
        </message>
        <message>
            <source>Restore from &amp;Backup…</source>
            <translation>Restore from &amp;Backup…</translation>
        </message>
        <message>
            <source>Put back a copy taken automatically while you worked</source>
            <translation>Put back a copy taken automatically while you worked</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
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
            <source>&amp;Overview</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <source>&amp;People and Organizations</source>
            <translation>&amp;People and Organizations</translation>
        </message>
        <message>
            <source>Phase &amp;Navigator</source>
            <translation>Phase &amp;Navigator</translation>
        </message>
        <message>
            <source>Phase 1</source>
            <translation>Phase 1</translation>
        </message>
        <message>
            <source>Phase 2</source>
            <translation>Phase 2</translation>
        </message>
        <message>
            <source>Phase 3</source>
            <translation>Phase 3</translation>
        </message>
        <message>
            <source>Phase 4</source>
            <translation>Phase 4</translation>
        </message>
        <message>
            <source>Phase 5</source>
            <translation>Phase 5</translation>
        </message>
        <message>
            <source>Phase 6</source>
            <translation>Phase 6</translation>
        </message>
        <message>
            <source>&amp;New Board…</source>
            <translation>&amp;New Board…</translation>
        </message>
        <message>
            <source>Add a board to the selected phase from a template</source>
            <translation>Add a board to the selected phase from a template</translation>
        </message>
        <message>
            <source>&amp;Rename Board…</source>
            <translation>&amp;Rename Board…</translation>
        </message>
        <message>
            <source>&amp;Delete Board</source>
            <translation>&amp;Delete Board</translation>
        </message>
        <message>
            <source>Add &amp;Note</source>
            <translation>Add &amp;Note</translation>
        </message>
        <message>
            <source>A new note under the mouse, beside the notes there; Enter types the next one</source>
            <translation>A new note under the mouse, beside the notes there; Enter types the next one</translation>
        </message>
        <message>
            <source>&amp;Edit Note Text</source>
            <translation>&amp;Edit Note Text</translation>
        </message>
        <message>
            <source>Note &amp;Color</source>
            <translation>Note &amp;Color</translation>
        </message>
        <message>
            <source>Note &amp;Author</source>
            <translation>Note &amp;Author</translation>
        </message>
        <message>
            <source>Bring to &amp;Front</source>
            <translation>Bring to &amp;Front</translation>
        </message>
        <message>
            <source>Send to &amp;Back</source>
            <translation>Send to &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Align and Distribute</source>
            <translation>&amp;Align and Distribute</translation>
        </message>
        <message>
            <source>&amp;Group Notes…</source>
            <translation>&amp;Group Notes…</translation>
        </message>
        <message>
            <source>Put the selected notes in a new titled zone (affinity clustering)</source>
            <translation>Put the selected notes in a new titled zone (affinity clustering)</translation>
        </message>
        <message>
            <source>Draw a &amp;Zone</source>
            <translation>Draw a &amp;Zone</translation>
        </message>
        <message>
            <source>Drag on the board to draw a titled zone (Enter: in the middle of the view)</source>
            <translation>Drag on the board to draw a titled zone (Enter: in the middle of the view)</translation>
        </message>
        <message>
            <source>Rena&amp;me Zone…</source>
            <translation>Rena&amp;me Zone…</translation>
        </message>
        <message>
            <source>&amp;Link Two Notes</source>
            <translation>&amp;Link Two Notes</translation>
        </message>
        <message>
            <source>An arrow from the note selected first to the second</source>
            <translation>An arrow from the note selected first to the second</translation>
        </message>
        <message>
            <source>Insert &amp;Image…</source>
            <translation>Insert &amp;Image…</translation>
        </message>
        <message>
            <source>A photo (e.g. of a paper flip chart), stored inside the workshop file</source>
            <translation>A photo (e.g. of a paper flip chart), stored inside the workshop file</translation>
        </message>
        <message>
            <source>&amp;Find Notes…</source>
            <translation>&amp;Find Notes…</translation>
        </message>
        <message>
            <source>Export Board as &amp;PNG…</source>
            <translation>Export Board as &amp;PNG…</translation>
        </message>
        <message>
            <source>Export &amp;Selection as PNG…</source>
            <translation>Export &amp;Selection as PNG…</translation>
        </message>
        <message>
            <source>Export Board as S&amp;VG…</source>
            <translation>Export Board as S&amp;VG…</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Notes, an image, or text (one note per line)</source>
            <translation>Notes, an image, or text (one note per line)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Select &amp;All</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <source>&amp;Fit the Whole Board</source>
            <translation>&amp;Fit the Whole Board</translation>
        </message>
        <message>
            <source>Zoom to &amp;Selection</source>
            <translation>Zoom to &amp;Selection</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Actual Size</translation>
        </message>
        <message>
            <source>Show &amp;Grid</source>
            <translation>Show &amp;Grid</translation>
        </message>
        <message>
            <source>S&amp;nap to Grid</source>
            <translation>S&amp;nap to Grid</translation>
        </message>
        <message>
            <source>&amp;Minimap</source>
            <translation>&amp;Minimap</translation>
        </message>
        <message>
            <source>&amp;Voting Rounds</source>
            <translation>&amp;Voting Rounds</translation>
        </message>
        <message>
            <source>Dot-voting rounds of the workshop: set up, progress, results</source>
            <translation>Dot-voting rounds of the workshop: set up, progress, results</translation>
        </message>
        <message>
            <source>&amp;New Voting Round…</source>
            <translation>&amp;New Voting Round…</translation>
        </message>
        <message>
            <source>Vote on all notes of the board, a zone or the selected notes</source>
            <translation>Vote on all notes of the board, a zone or the selected notes</translation>
        </message>
        <message>
            <source>Start the Shared &amp;Voting Screen</source>
            <translation>Start the Shared &amp;Voting Screen</translation>
        </message>
        <message>
            <source>Full-screen secret voting, one person after another, locked with your PIN</source>
            <translation>Full-screen secret voting, one person after another, locked with your PIN</translation>
        </message>
        <message>
            <source>Enter a &amp;Paper Tally…</source>
            <translation>Enter a &amp;Paper Tally…</translation>
        </message>
        <message>
            <source>&amp;Close the Round and Reveal</source>
            <translation>&amp;Close the Round and Reveal</translation>
        </message>
        <message>
            <source>Lab &amp;Pathway</source>
            <translation>Lab &amp;Pathway</translation>
        </message>
        <message>
            <source>The six steps, what to do next, and who decides in each step</source>
            <translation>The six steps, what to do next, and who decides in each step</translation>
        </message>
        <message>
            <source>&amp;Resources</source>
            <translation>&amp;Resources</translation>
        </message>
        <message>
            <source>Who gives what: expertise, time and funding; totals and gaps</source>
            <translation>Who gives what: expertise, time and funding; totals and gaps</translation>
        </message>
        <message>
            <source>&amp;Initiatives and Action Plans</source>
            <translation>&amp;Initiatives and Action Plans</translation>
        </message>
        <message>
            <source>&amp;Decision Log</source>
            <translation>&amp;Decision Log</translation>
        </message>
        <message>
            <source>Every key decision and who made it</source>
            <translation>Every key decision and who made it</translation>
        </message>
        <message>
            <source>&amp;Learning Log</source>
            <translation>&amp;Learning Log</translation>
        </message>
        <message>
            <source>&amp;Sessions and Check-in</source>
            <translation>&amp;Sessions and Check-in</translation>
        </message>
        <message>
            <source>Record a &amp;Decision…</source>
            <translation>Record a &amp;Decision…</translation>
        </message>
        <message>
            <source>&amp;Carry Selected Ideas to a Prototype…</source>
            <translation>&amp;Carry Selected Ideas to a Prototype…</translation>
        </message>
        <message>
            <source>&amp;Where Did This Note Come From?</source>
            <translation>&amp;Where Did This Note Come From?</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>&amp;Presentation Mode</translation>
        </message>
        <message>
            <source>Show the audience screen full screen (on the projector when one is connected); Esc returns</source>
            <translation>Show the audience screen full screen (on the projector when one is connected); Esc returns</translation>
        </message>
        <message>
            <source>Facilitator &amp;Console</source>
            <translation>Facilitator &amp;Console</translation>
        </message>
        <message>
            <source>Preview of the audience screen, timer, voting progress and private notes</source>
            <translation>Preview of the audience screen, timer, voting progress and private notes</translation>
        </message>
        <message>
            <source>Audience &amp;Screen</source>
            <translation>Audience &amp;Screen</translation>
        </message>
        <message>
            <source>Which screen is the projector (remembered)</source>
            <translation>Which screen is the projector (remembered)</translation>
        </message>
        <message>
            <source>Open the Room to P&amp;hones…</source>
            <translation>Open the Room to P&amp;hones…</translation>
        </message>
        <message>
            <source>Participants join with a QR code and vote from their phones (no internet needed)</source>
            <translation>Participants join with a QR code and vote from their phones (no internet needed)</translation>
        </message>
        <message>
            <source>Receive &amp;Notes from Phones…</source>
            <translation>Receive &amp;Notes from Phones…</translation>
        </message>
        <message>
            <source>Participants write notes on their phones; they come to this board</source>
            <translation>Participants write notes on their phones; they come to this board</translation>
        </message>
        <message>
            <source>Show the &amp;Welcome Card</source>
            <translation>Show the &amp;Welcome Card</translation>
        </message>
        <message>
            <source>Show My &amp;Board (Follow Me)</source>
            <translation>Show My &amp;Board (Follow Me)</translation>
        </message>
        <message>
            <source>The audience screen follows the part of the board you look at</source>
            <translation>The audience screen follows the part of the board you look at</translation>
        </message>
        <message>
            <source>&amp;Freeze the Screen</source>
            <translation>&amp;Freeze the Screen</translation>
        </message>
        <message>
            <source>Keep the board as it is now on the audience screen while you work</source>
            <translation>Keep the board as it is now on the audience screen while you work</translation>
        </message>
        <message>
            <source>Show the &amp;Voting Screen</source>
            <translation>Show the &amp;Voting Screen</translation>
        </message>
        <message>
            <source>Show the &amp;Timer</source>
            <translation>Show the &amp;Timer</translation>
        </message>
        <message>
            <source>&amp;Start or Pause the Timer</source>
            <translation>&amp;Start or Pause the Timer</translation>
        </message>
        <message>
            <source>&amp;Add a Minute to the Timer</source>
            <translation>&amp;Add a Minute to the Timer</translation>
        </message>
        <message>
            <source>P&amp;rojector Theme (High Contrast)</source>
            <translation>P&amp;rojector Theme (High Contrast)</translation>
        </message>
        <message>
            <source>Bigger text, thicker outlines and strong colors for a washed-out projector</source>
            <translation>Bigger text, thicker outlines and strong colors for a washed-out projector</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferences…</translation>
        </message>
        <message>
            <source>Language, theme, text size, audience screen</source>
            <translation>Language, theme, text size, audience screen</translation>
        </message>
        <message>
            <source>Facilitator's &amp;Guide</source>
            <translation>Facilitator's &amp;Guide</translation>
        </message>
        <message>
            <source>How to run a lab day: before, during and after the workshop</source>
            <translation>How to run a lab day: before, during and after the workshop</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <source>&amp;About Resiliency Lab</source>
            <translation>&amp;About Resiliency Lab</translation>
        </message>
        <message>
            <source>Leave presentation mode</source>
            <translation>Leave presentation mode</translation>
        </message>
        <message>
            <source>Move between controls</source>
            <translation>Move between controls</translation>
        </message>
        <message>
            <source>Activate the focused button</source>
            <translation>Activate the focused button</translation>
        </message>
    </context>
    <context>
        <name>AudienceVoting</name>
        <message>
            <source>Voting screen</source>
            <translation>Voting screen</translation>
        </message>
        <message>
            <source>No voting round yet</source>
            <translation>No voting round yet</translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>%1 of %2 have voted</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>results are shown when the round closes</source>
            <translation>results are shown when the round closes</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>Resiliency Lab — audience screen</source>
            <extracomment>True while the window must stay up (a voting round's kiosk lock): Alt+F4 and the window manager's close are refused then (issue 17.1).</extracomment>
            <translation>Resiliency Lab — audience screen</translation>
        </message>
        <message>
            <source>Audience screen</source>
            <translation>Audience screen</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Restore from Backup</source>
            <extracomment>The window's backup schedule (none for a read-only workshop).</extracomment>
            <translation>Restore from Backup</translation>
        </message>
        <message>
            <source>There are no backups of %1 yet.</source>
            <translation>There are no backups of %1 yet.</translation>
        </message>
        <message>
            <source>(as it was before a restore)</source>
            <translation>(as it was before a restore)</translation>
        </message>
        <message>
            <source>Replace %1 with the copy from:</source>
            <translation>Replace %1 with the copy from:</translation>
        </message>
        <message>
            <source>Replace the workshop with the copy from %1? Its current state is kept as a backup too, so this can be undone the same way.</source>
            <translation>Replace the workshop with the copy from %1? Its current state is kept as a backup too, so this can be undone the same way.</translation>
        </message>
    </context>
    <context>
        <name>BoardEditor</name>
        <message>
            <source>New board…</source>
            <extracomment>the empty state's "New board…" (the window opens the new-board dialog)</extracomment>
            <translation>New board…</translation>
        </message>
        <message>
            <source>%1 has no boards yet.</source>
            <translation>%1 has no boards yet.</translation>
        </message>
        <message>
            <source>No board is open.</source>
            <translation>No board is open.</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Select what to export first.</source>
            <translation>Select what to export first.</translation>
        </message>
        <message>
            <source>Export as PNG</source>
            <translation>Export as PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Export as SVG</source>
            <translation>Export as SVG</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG drawings (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add organization “%1”</source>
            <translation>Add organization “%1”</translation>
        </message>
        <message>
            <source>Edit organization “%1”</source>
            <translation>Edit organization “%1”</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Remove %1</translation>
        </message>
        <message>
            <source>Add participant “%1”</source>
            <translation>Add participant “%1”</translation>
        </message>
        <message>
            <source>Edit participant “%1”</source>
            <translation>Edit participant “%1”</translation>
        </message>
        <message numerus="yes">
            <source>Import %n participant(s)</source>
            <translation>
                <numerusform>Import %n participant</numerusform>
                <numerusform>Import %n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit workshop properties</source>
            <translation>Edit workshop properties</translation>
        </message>
        <message>
            <source>Create board “%1”</source>
            <translation>Create board “%1”</translation>
        </message>
        <message>
            <source>Rename board “%1”</source>
            <translation>Rename board “%1”</translation>
        </message>
        <message>
            <source>Delete board “%1”</source>
            <translation>Delete board “%1”</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Resiliency Lab: unexpected error</source>
            <translation>Resiliency Lab: unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong inside the app (this is a bug): %1</source>
            <translation>Something went wrong inside the app (this is a bug): %1</translation>
        </message>
        <message>
            <source>Your workshop file keeps every change saved before this message. You can go on working; if this repeats, save a copy and restart.</source>
            <translation>Your workshop file keeps every change saved before this message. You can go on working; if this repeats, save a copy and restart.</translation>
        </message>
        <message>
            <source>The details are also in the log: %1</source>
            <translation>The details are also in the log: %1</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>no date</source>
            <extracomment>Typed forms accepted besides the locale's own (day first in Spanish, month first in English).</extracomment>
            <translation>no date</translation>
        </message>
        <message>
            <source>Type the date like %1, pick it from the calendar, or leave it empty</source>
            <translation>Type the date like %1, pick it from the calendar, or leave it empty</translation>
        </message>
        <message>
            <source>Choose the date in a calendar</source>
            <translation>Choose the date in a calendar</translation>
        </message>
    </context>
    <context>
        <name>DecisionsView</name>
        <message>
            <source>Decided by: %1</source>
            <translation>Decided by: %1</translation>
        </message>
        <message>
            <source>Step</source>
            <extracomment>Start widths (px) of the short columns: the decision's text takes the rest, and the short ones wrap ("Diseñar e / implementar") rather than squeezing it to a word per line.</extracomment>
            <translation>Step</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Who decided</source>
            <translation>Who decided</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizations</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <source>Who decided?</source>
            <translation>Who decided?</translation>
        </message>
        <message>
            <source>Add decision…</source>
            <translation>Add decision…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) logged · decided by local organizations: %1</source>
            <translation>
                <numerusform>%n decision logged · decided by local organizations: %1</numerusform>
                <numerusform>%n decisions logged · decided by local organizations: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Which organizations</source>
            <translation>Which organizations</translation>
        </message>
        <message>
            <source>Add decision</source>
            <translation>Add decision</translation>
        </message>
        <message>
            <source>Edit decision</source>
            <translation>Edit decision</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n decision(s)</source>
            <translation>
                <numerusform>Remove %n decision</numerusform>
                <numerusform>Remove %n decisions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Workshop files (*.reslab)</source>
            <translation>Workshop files (*.reslab)</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>JSON documents (*.json)</translation>
        </message>
        <message>
            <source>Spreadsheet lists (*.csv *.txt)</source>
            <translation>Spreadsheet lists (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Resiliency Lab</source>
            <translation>Resiliency Lab</translation>
        </message>
        <message>
            <source>Something went wrong inside the app (this is a bug): %1</source>
            <translation>Something went wrong inside the app (this is a bug): %1</translation>
        </message>
        <message>
            <source>Your workshop file keeps every change saved before this message.</source>
            <translation>Your workshop file keeps every change saved before this message.</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorOverlay</name>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Hide (Ctrl+Shift+R)</source>
            <translation>Hide (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Hide the facilitator's overlay</source>
            <translation>Hide the facilitator's overlay</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>My board</source>
            <translation>My board</translation>
        </message>
        <message>
            <source>Freeze</source>
            <translation>Freeze</translation>
        </message>
        <message>
            <source>Voting</source>
            <translation>Voting</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Leave the presentation (F5)</source>
            <translation>Leave the presentation (F5)</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Open Workshop</source>
            <translation>Open Workshop</translation>
        </message>
        <message>
            <source>No recent workshops</source>
            <translation>No recent workshops</translation>
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation>Save a Copy As</translation>
        </message>
        <message>
            <source>choose another name: this is the open workshop itself</source>
            <translation>choose another name: this is the open workshop itself</translation>
        </message>
        <message>
            <source>Copy saved to %1</source>
            <translation>Copy saved to %1</translation>
        </message>
        <message>
            <source>Import JSON</source>
            <translation>Import JSON</translation>
        </message>
        <message>
            <source>Save the Imported Workshop As</source>
            <translation>Save the Imported Workshop As</translation>
        </message>
        <message>
            <source>Export JSON</source>
            <translation>Export JSON</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exported to %1</translation>
        </message>
    </context>
    <context>
        <name>FileLock</name>
        <message>
            <source>on the computer %1</source>
            <translation>on the computer %1</translation>
        </message>
        <message>
            <source>%1 is already open in another Resiliency Lab window (%2); close it there first</source>
            <translation>%1 is already open in another Resiliency Lab window (%2); close it there first</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Facilitator's guide</source>
            <translation>Facilitator's guide</translation>
        </message>
    </context>
    <context>
        <name>InitiativesView</name>
        <message>
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Iterations and their boards</source>
            <translation>Iterations and their boards</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Indicator / audience · channel</source>
            <translation>Indicator / audience · channel</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Action plan</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Initiatives</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Prototype → test plan</source>
            <translation>Prototype → test plan</translation>
        </message>
        <message>
            <source>Results → evaluation</source>
            <translation>Results → evaluation</translation>
        </message>
        <message>
            <source>Lessons → new iteration</source>
            <translation>Lessons → new iteration</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>Add item…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Mark done</translation>
        </message>
        <message>
            <source>Iteration %1</source>
            <translation>Iteration %1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Lead organization</source>
            <translation>Lead organization</translation>
        </message>
        <message>
            <source>Member organizations</source>
            <translation>Member organizations</translation>
        </message>
        <message>
            <source>Add initiative</source>
            <translation>Add initiative</translation>
        </message>
        <message>
            <source>Edit initiative</source>
            <translation>Edit initiative</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n initiative(s)</source>
            <translation>
                <numerusform>Remove %n initiative</numerusform>
                <numerusform>Remove %n initiatives</numerusform>
            </translation>
        </message>
        <message>
            <source>This initiative has no board to carry from yet.</source>
            <translation>This initiative has no board to carry from yet.</translation>
        </message>
        <message>
            <source>Carry forward</source>
            <translation>Carry forward</translation>
        </message>
        <message>
            <source>Success indicator</source>
            <translation>Success indicator</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Audience</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Add to the action plan</source>
            <translation>Add to the action plan</translation>
        </message>
        <message>
            <source>Edit the action plan</source>
            <translation>Edit the action plan</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n item(s)</source>
            <translation>
                <numerusform>Remove %n item</numerusform>
                <numerusform>Remove %n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinCard</name>
        <message>
            <source>Vote from your phone</source>
            <translation>Vote from your phone</translation>
        </message>
        <message>
            <source>1. Join the room's Wi-Fi
2. Scan the code
3. Choose your name</source>
            <translation>1. Join the room's Wi-Fi
2. Scan the code
3. Choose your name</translation>
        </message>
        <message>
            <source>Room code</source>
            <translation>Room code</translation>
        </message>
    </context>
    <context>
        <name>KeyHint</name>
        <message>
            <source>Hide these keys</source>
            <translation>Hide these keys</translation>
        </message>
    </context>
    <context>
        <name>LabHooks</name>
        <message>
            <source>Open a board and select a note first.</source>
            <translation>Open a board and select a note first.</translation>
        </message>
        <message>
            <source>Select a note first.</source>
            <translation>Select a note first.</translation>
        </message>
        <message>
            <source>Add an initiative first (Lab → Initiatives and action plans).</source>
            <translation>Add an initiative first (Lab → Initiatives and action plans).</translation>
        </message>
        <message>
            <source>Carry ideas to the prototype</source>
            <translation>Carry ideas to the prototype</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
    </context>
    <context>
        <name>LabOverview</name>
        <message>
            <source>Pathway</source>
            <translation>Pathway</translation>
        </message>
        <message>
            <source>Do it</source>
            <translation>Do it</translation>
        </message>
        <message>
            <source>Localization pathway: who decides in each step</source>
            <translation>Localization pathway: who decides in each step</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Initiatives and action plans</source>
            <translation>Initiatives and action plans</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Learning log</source>
            <translation>Learning log</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message numerus="yes">
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n initiative</numerusform>
                <numerusform>%n initiatives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message>
            <source>decided by local organizations overall: %1</source>
            <translation>decided by local organizations overall: %1</translation>
        </message>
        <message>
            <source>Next, in step %1: %2</source>
            <translation>Next, in step %1: %2</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Mark step %1: %2</source>
            <translation>Mark step %1: %2</translation>
        </message>
    </context>
    <context>
        <name>LearningView</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Initiative · iteration</source>
            <translation>Initiative · iteration</translation>
        </message>
        <message>
            <source>What we tried</source>
            <translation>What we tried</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>What we learned</source>
            <translation>What we learned</translation>
        </message>
        <message>
            <source>What we adapt</source>
            <translation>What we adapt</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <source>Add entry…</source>
            <translation>Add entry…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Adopt the adaptation</source>
            <translation>Adopt the adaptation</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>iteration %1</source>
            <translation>iteration %1</translation>
        </message>
        <message>
            <source>Add to the learning log</source>
            <translation>Add to the learning log</translation>
        </message>
        <message>
            <source>Edit the learning log</source>
            <translation>Edit the learning log</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n entry(ies)</source>
            <translation>
                <numerusform>Remove %n entry(ies)</numerusform>
                <numerusform>Remove %n entry(ies)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineageDialog</name>
        <message>
            <source>Where did this come from?</source>
            <translation>Where did this come from?</translation>
        </message>
        <message>
            <source>This note, and the notes it was carried from:</source>
            <translation>This note, and the notes it was carried from:</translation>
        </message>
        <message>
            <source>This note was not carried from another step.</source>
            <translation>This note was not carried from another step.</translation>
        </message>
        <message>
            <source>Carried on to:</source>
            <translation>Carried on to:</translation>
        </message>
        <message>
            <source>Not carried on yet.</source>
            <translation>Not carried on yet.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Main Toolbar</source>
            <translation>Main Toolbar</translation>
        </message>
        <message>
            <source>This workshop is open read-only (the file or its folder cannot be written). Use File ▸ Save a Copy As… to keep working on a copy.</source>
            <translation>This workshop is open read-only (the file or its folder cannot be written). Use File ▸ Save a Copy As… to keep working on a copy.</translation>
        </message>
        <message>
            <source>Every change is saved as you work</source>
            <translation>Every change is saved as you work</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Kept in memory only %1: save a copy</source>
            <translation>Kept in memory only %1: save a copy</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <source>The workshop file cannot be written any more; your work continues in memory. Use File ▸ Save a Copy As… now to keep it.</source>
            <translation>The workshop file cannot be written any more; your work continues in memory. Use File ▸ Save a Copy As… now to keep it.</translation>
        </message>
        <message>
            <source> (read-only)</source>
            <translation> (read-only)</translation>
        </message>
        <message>
            <source> (not saved: the file cannot be written)</source>
            <translation> (not saved: the file cannot be written)</translation>
        </message>
        <message>
            <source>About Resiliency Lab</source>
            <translation>About Resiliency Lab</translation>
        </message>
        <message>
            <source>Resiliency Lab Desktop %1
Offline boards, dot-voting and reports for the workshops of Learning Communities.</source>
            <translation>Resiliency Lab Desktop %1
Offline boards, dot-voting and reports for the workshops of Learning Communities.</translation>
        </message>
    </context>
    <context>
        <name>NewBoardDialog</name>
        <message>
            <source>New Board</source>
            <translation>New Board</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Template</translation>
        </message>
        <message>
            <source>Board title</source>
            <translation>Board title</translation>
        </message>
        <message>
            <source>Blank board</source>
            <translation>Blank board</translation>
        </message>
        <message>
            <source>Create Board</source>
            <translation>Create Board</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Template:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>An empty board without zones.</source>
            <translation>An empty board without zones.</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New Workshop</source>
            <translation>New Workshop</translation>
        </message>
        <message>
            <source>Workshop title</source>
            <translation>Workshop title</translation>
        </message>
        <message>
            <source>e.g. Laboratorio de Resiliencia Mérida 2026</source>
            <translation>e.g. Laboratorio de Resiliencia Mérida 2026</translation>
        </message>
        <message>
            <source>Workshop language</source>
            <translation>Workshop language</translation>
        </message>
        <message>
            <source>Workshop file</source>
            <translation>Workshop file</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>%1: cannot create the folder (%2)</source>
            <translation>%1: cannot create the folder (%2)</translation>
        </message>
        <message>
            <source>New Workshop File</source>
            <translation>New Workshop File</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>Remove a dot</source>
            <translation>Remove a dot</translation>
        </message>
        <message>
            <source>Add a dot</source>
            <translation>Add a dot</translation>
        </message>
        <message>
            <source>%1: %2 of your dots</source>
            <translation>%1: %2 of your dots</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation>&amp;Sector:</translation>
        </message>
    </context>
    <context>
        <name>PaperTallyDialog</name>
        <message>
            <source>Paper tally — %1</source>
            <translation>Paper tally — %1</translation>
        </message>
        <message>
            <source>Type the number of dots on each note. Tab or Enter goes to the next one.</source>
            <translation>Type the number of dots on each note. Tab or Enter goes to the next one.</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Dots</translation>
        </message>
        <message>
            <source>Save anyway (the warning stays in the round's log)</source>
            <translation>Save anyway (the warning stays in the round's log)</translation>
        </message>
        <message numerus="yes">
            <source>Total: %1 of %n dot(s) handed out (%2 voters × %3)</source>
            <translation>
                <numerusform>Total: %1 of %n dot handed out (%2 voters × %3)</numerusform>
                <numerusform>Total: %1 of %n dots handed out (%2 voters × %3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Participant</source>
            <translation>Participant</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>(no organization)</source>
            <translation>(no organization)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>&amp;Organization:</source>
            <translation>&amp;Organization:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
    </context>
    <context>
        <name>PathwayChart</name>
        <message>
            <source>Locally-led</source>
            <translation>Locally-led</translation>
        </message>
        <message>
            <source>Facilitator-led</source>
            <translation>Facilitator-led</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Shared</translation>
        </message>
    </context>
    <context>
        <name>PdfExport</name>
        <message>
            <source>Session report</source>
            <translation>Session report</translation>
        </message>
        <message>
            <source>Blank worksheets</source>
            <translation>Blank worksheets</translation>
        </message>
        <message>
            <source>Vote tally sheet</source>
            <translation>Vote tally sheet</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Sign-in sheet</translation>
        </message>
        <message>
            <source>Board poster (several sheets)</source>
            <translation>Board poster (several sheets)</translation>
        </message>
        <message>
            <source>report</source>
            <extracomment>The kind's word in a suggested file name.</extracomment>
            <translation>report</translation>
        </message>
        <message>
            <source>worksheets</source>
            <translation>worksheets</translation>
        </message>
        <message>
            <source>tally sheet</source>
            <translation>tally sheet</translation>
        </message>
        <message>
            <source>sign-in sheet</source>
            <translation>sign-in sheet</translation>
        </message>
        <message>
            <source>poster</source>
            <translation>poster</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Legal</translation>
        </message>
        <message>
            <source>Tabloid</source>
            <translation>Tabloid</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Document:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Paper:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Sections:</source>
            <translation>&amp;Sections:</translation>
        </message>
        <message>
            <source>All templates</source>
            <translation>All templates</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Template:</translation>
        </message>
        <message>
            <source>&amp;Voting round:</source>
            <translation>&amp;Voting round:</translation>
        </message>
        <message>
            <source>&amp;Board:</source>
            <translation>&amp;Board:</translation>
        </message>
        <message>
            <source>S&amp;heets:</source>
            <translation>S&amp;heets:</translation>
        </message>
        <message>
            <source>Whole workshop</source>
            <translation>Whole workshop</translation>
        </message>
        <message>
            <source>S&amp;ession:</source>
            <translation>S&amp;ession:</translation>
        </message>
        <message>
            <source>&amp;Open when done</source>
            <translation>&amp;Open when done</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialogs</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People and organizations</source>
            <translation>People and organizations</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizations</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Import CSV…</translation>
        </message>
        <message>
            <source>Filter by name, organization or role</source>
            <translation>Filter by name, organization or role</translation>
        </message>
        <message>
            <source>Filter participants</source>
            <translation>Filter participants</translation>
        </message>
        <message>
            <source>&amp;Organizations (%1)</source>
            <translation>&amp;Organizations (%1)</translation>
        </message>
        <message>
            <source>&amp;Participants (%1)</source>
            <translation>&amp;Participants (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organization</numerusform>
                <numerusform>%n organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>Import a Sign-up List</source>
            <translation>Import a Sign-up List</translation>
        </message>
    </context>
    <context>
        <name>PhaseNavigator</name>
        <message>
            <source>Phases and boards</source>
            <translation>Phases and boards</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <source>Boards of the selected phase</source>
            <translation>Boards of the selected phase</translation>
        </message>
        <message>
            <source>&amp;Phases</source>
            <translation>&amp;Phases</translation>
        </message>
        <message>
            <source>&amp;Boards</source>
            <translation>&amp;Boards</translation>
        </message>
        <message numerus="yes">
            <source>%n board(s)</source>
            <translation>
                <numerusform>%n board</numerusform>
                <numerusform>%n boards</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Boards of %1</source>
            <translation>&amp;Boards of %1</translation>
        </message>
        <message>
            <source>Rename Board</source>
            <translation>Rename Board</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>New title:</translation>
        </message>
        <message>
            <source>Board deleted; Undo brings it back</source>
            <translation>Board deleted; Undo brings it back</translation>
        </message>
    </context>
    <context>
        <name>PhoneNotes</name>
        <message numerus="yes">
            <source>Accept %n phone note(s)</source>
            <translation>
                <numerusform>Accept %n phone note</numerusform>
                <numerusform>Accept %n phone notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject %n phone note(s)</source>
            <translation>
                <numerusform>Reject %n phone note</numerusform>
                <numerusform>Reject %n phone notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhoneNotesBox</name>
        <message>
            <source>Notes from phones</source>
            <translation>Notes from phones</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <source>&amp;Edit and accept…</source>
            <translation>&amp;Edit and accept…</translation>
        </message>
        <message>
            <source>&amp;Merge into one…</source>
            <translation>&amp;Merge into one…</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>Re&amp;ject</translation>
        </message>
        <message>
            <source>Accept a&amp;ll</source>
            <translation>Accept a&amp;ll</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>Reject all</translation>
        </message>
        <message>
            <source>Notes from phones waiting for you</source>
            <translation>Notes from phones waiting for you</translation>
        </message>
        <message>
            <source>&amp;Session:</source>
            <translation>&amp;Session:</translation>
        </message>
        <message>
            <source>Session whose attendance phones take</source>
            <translation>Session whose attendance phones take</translation>
        </message>
        <message>
            <source>No board takes notes from phones. On a board: Room ▸ Receive Notes from Phones.</source>
            <translation>No board takes notes from phones. On a board: Room ▸ Receive Notes from Phones.</translation>
        </message>
        <message>
            <source>moderated</source>
            <translation>moderated</translation>
        </message>
        <message>
            <source>straight to the board</source>
            <translation>straight to the board</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <source>Taking notes from phones: %1</source>
            <translation>Taking notes from phones: %1</translation>
        </message>
        <message>
            <source>The room is closed: open it to phones (above) so that phones can write.</source>
            <translation>The room is closed: open it to phones (above) so that phones can write.</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for you: %n note(s)</source>
            <translation>
                <numerusform>Waiting for you: %n note</numerusform>
                <numerusform>Waiting for you: %n notes</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop taking attendance from phones</source>
            <translation>Stop taking attendance from phones</translation>
        </message>
        <message>
            <source>Take attendance from phones</source>
            <translation>Take attendance from phones</translation>
        </message>
        <message>
            <source>Checked in: %1 (%2 from their phones)</source>
            <translation>Checked in: %1 (%2 from their phones)</translation>
        </message>
        <message>
            <source>No session yet (Lab ▸ Sessions).</source>
            <translation>No session yet (Lab ▸ Sessions).</translation>
        </message>
        <message>
            <source>Edit and accept</source>
            <translation>Edit and accept</translation>
        </message>
        <message>
            <source>Text of the note:</source>
            <translation>Text of the note:</translation>
        </message>
        <message>
            <source>Edit and accept a phone note</source>
            <translation>Edit and accept a phone note</translation>
        </message>
        <message>
            <source>Merge into one note</source>
            <translation>Merge into one note</translation>
        </message>
        <message>
            <source>Text of the merged note:</source>
            <translation>Text of the merged note:</translation>
        </message>
        <message numerus="yes">
            <source>Merge %n phone note(s)</source>
            <translation>
                <numerusform>Merge %n phone note</numerusform>
                <numerusform>Merge %n phone notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhoneNotesDialog</name>
        <message>
            <source>Receive notes from phones</source>
            <translation>Receive notes from phones</translation>
        </message>
        <message>
            <source>Participants write on their phones; their notes come to «%1».</source>
            <translation>Participants write on their phones; their notes come to «%1».</translation>
        </message>
        <message>
            <source>Each phone chooses a zone</source>
            <translation>Each phone chooses a zone</translation>
        </message>
        <message>
            <source>The whole board</source>
            <translation>The whole board</translation>
        </message>
        <message>
            <source>(untitled zone)</source>
            <translation>(untitled zone)</translation>
        </message>
        <message>
            <source>Notes &amp;land in:</source>
            <translation>Notes &amp;land in:</translation>
        </message>
        <message>
            <source>&amp;Question on the phones:</source>
            <translation>&amp;Question on the phones:</translation>
        </message>
        <message>
            <source>One color per zone</source>
            <translation>One color per zone</translation>
        </message>
        <message>
            <source>One color per person</source>
            <translation>One color per person</translation>
        </message>
        <message>
            <source>All the same color</source>
            <translation>All the same color</translation>
        </message>
        <message>
            <source>&amp;Colors:</source>
            <translation>&amp;Colors:</translation>
        </message>
        <message>
            <source>C&amp;olor:</source>
            <translation>C&amp;olor:</translation>
        </message>
        <message>
            <source>&amp;Moderate: notes wait in the console until I accept them</source>
            <translation>&amp;Moderate: notes wait in the console until I accept them</translation>
        </message>
        <message>
            <source>&amp;Anonymous: keep no names (the file will not say who wrote what)</source>
            <translation>&amp;Anonymous: keep no names (the file will not say who wrote what)</translation>
        </message>
        <message>
            <source>Show the author's &amp;name on each note</source>
            <translation>Show the author's &amp;name on each note</translation>
        </message>
        <message>
            <source>Phones may &amp;read the board (a list of its notes)</source>
            <translation>Phones may &amp;read the board (a list of its notes)</translation>
        </message>
        <message>
            <source>Start receiving</source>
            <translation>Start receiving</translation>
        </message>
        <message>
            <source>e.g. What does Dani say?</source>
            <translation>e.g. What does Dani say?</translation>
        </message>
    </context>
    <context>
        <name>PhoneRoom</name>
        <message>
            <source>This laptop is not connected to any network, so phones cannot reach it. Connect it to the room's Wi-Fi or travel router (or turn on the laptop's hotspot), then press "Look for networks again".</source>
            <translation>This laptop is not connected to any network, so phones cannot reach it. Connect it to the room's Wi-Fi or travel router (or turn on the laptop's hotspot), then press "Look for networks again".</translation>
        </message>
        <message>
            <source>127.0.0.1 is this laptop only: phones cannot reach it. Choose the Wi-Fi's address in the Network list (usually 192.168… or 10…).</source>
            <translation>127.0.0.1 is this laptop only: phones cannot reach it. Choose the Wi-Fi's address in the Network list (usually 192.168… or 10…).</translation>
        </message>
        <message>
            <source>This address is not a local network's: phones on the room's Wi-Fi may not reach it. Choose the Wi-Fi address (usually 192.168… or 10…).</source>
            <translation>This address is not a local network's: phones on the room's Wi-Fi may not reach it. Choose the Wi-Fi address (usually 192.168… or 10…).</translation>
        </message>
        <message>
            <source>No phone has reached the laptop yet. Check that the phones are on the same Wi-Fi as this laptop (not on mobile data), and that the address in the QR code is the Wi-Fi's. Some venue networks keep devices apart: use a travel router or the laptop's hotspot.</source>
            <translation>No phone has reached the laptop yet. Check that the phones are on the same Wi-Fi as this laptop (not on mobile data), and that the address in the QR code is the Wi-Fi's. Some venue networks keep devices apart: use a travel router or the laptop's hotspot.</translation>
        </message>
        <message>
            <source>On Windows, allow Resiliency Lab through the firewall and set this network to "Private" (Settings ▸ Network ▸ Properties).</source>
            <translation>On Windows, allow Resiliency Lab through the firewall and set this network to "Private" (Settings ▸ Network ▸ Properties).</translation>
        </message>
        <message>
            <source>On a Mac, allow incoming connections for Resiliency Lab (System Settings ▸ Network ▸ Firewall ▸ Options).</source>
            <translation>On a Mac, allow incoming connections for Resiliency Lab (System Settings ▸ Network ▸ Firewall ▸ Options).</translation>
        </message>
        <message>
            <source>If this laptop has a firewall, allow incoming connections on port %1.</source>
            <translation>If this laptop has a firewall, allow incoming connections on port %1.</translation>
        </message>
    </context>
    <context>
        <name>PhonesBox</name>
        <message>
            <source>Phones</source>
            <translation>Phones</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Network:</translation>
        </message>
        <message>
            <source>The laptop's address on the room's network</source>
            <translation>The laptop's address on the room's network</translation>
        </message>
        <message>
            <source>Look for networks again</source>
            <translation>Look for networks again</translation>
        </message>
        <message>
            <source>People not on the list may join by typing their name</source>
            <translation>People not on the list may join by typing their name</translation>
        </message>
        <message>
            <source>Show the QR code on the audience screen</source>
            <translation>Show the QR code on the audience screen</translation>
        </message>
        <message>
            <source>Remove the selected phone</source>
            <translation>Remove the selected phone</translation>
        </message>
        <message>
            <source>Phones in the room</source>
            <translation>Phones in the room</translation>
        </message>
        <message>
            <source>Open rounds phones can vote in (unticked: the shared screen only):</source>
            <translation>Open rounds phones can vote in (unticked: the shared screen only):</translation>
        </message>
        <message>
            <source>Open rounds phones can vote in</source>
            <translation>Open rounds phones can vote in</translation>
        </message>
        <message>
            <source>127.0.0.1 (this laptop only)</source>
            <translation>127.0.0.1 (this laptop only)</translation>
        </message>
        <message>
            <source>The room could not open: %1</source>
            <translation>The room could not open: %1</translation>
        </message>
        <message>
            <source>Close the room</source>
            <translation>Close the room</translation>
        </message>
        <message>
            <source>Open the room to phones</source>
            <translation>Open the room to phones</translation>
        </message>
        <message>
            <source>QR code of %1</source>
            <translation>QR code of %1</translation>
        </message>
        <message>
            <source>%1
Room code: %2</source>
            <translation>%1
Room code: %2</translation>
        </message>
        <message>
            <source>%1 (%2 phones)</source>
            <translation>%1 (%2 phones)</translation>
        </message>
        <message>
            <source>Joined: %1 people, %2 phones</source>
            <translation>Joined: %1 people, %2 phones</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Type it again:</source>
            <translation>Type it again:</translation>
        </message>
        <message>
            <source>Use at least 4 digits.</source>
            <translation>Use at least 4 digits.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>The two PINs differ.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>The voting round is locked: unlock it to leave the screen.</source>
            <translation>The voting round is locked: unlock it to leave the screen.</translation>
        </message>
        <message>
            <source>Audience screen moved to %1.</source>
            <translation>Audience screen moved to %1.</translation>
        </message>
        <message>
            <source>The projector was disconnected; the vote stays on this screen.</source>
            <translation>The projector was disconnected; the vote stays on this screen.</translation>
        </message>
        <message>
            <source>The projector was disconnected; the presentation ended.</source>
            <translation>The projector was disconnected; the presentation ended.</translation>
        </message>
        <message>
            <source>Open a board first.</source>
            <translation>Open a board first.</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Resiliency Lab</source>
            <translation>Resiliency Lab</translation>
        </message>
        <message>
            <source>Resiliency Lab recovered from an unexpected stop.</source>
            <translation>Resiliency Lab recovered from an unexpected stop.</translation>
        </message>
        <message>
            <source>Everything was saved as it happened, typed text included: “%1” is open again as you left it.</source>
            <translation>Everything was saved as it happened, typed text included: “%1” is open again as you left it.</translation>
        </message>
        <message>
            <source>Everything was saved as it happened, typed text included. Reopen “%1”?</source>
            <translation>Everything was saved as it happened, typed text included. Reopen “%1”?</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Not now</translation>
        </message>
    </context>
    <context>
        <name>ResourcesView</name>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Initiative</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Needed</translation>
        </message>
        <message>
            <source>Pledged</source>
            <translation>Pledged</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Gap</translation>
        </message>
        <message>
            <source>Add pledge…</source>
            <translation>Add pledge…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add need…</source>
            <translation>Add need…</translation>
        </message>
        <message>
            <source>Who gives what</source>
            <translation>Who gives what</translation>
        </message>
        <message>
            <source>What each initiative needs</source>
            <translation>What each initiative needs</translation>
        </message>
        <message>
            <source>Totals pledged</source>
            <translation>Totals pledged</translation>
        </message>
        <message>
            <source>Needs, pledges and gaps per initiative</source>
            <translation>Needs, pledges and gaps per initiative</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>No pledges yet.</source>
            <translation>No pledges yet.</translation>
        </message>
        <message>
            <source>confirmed: %1</source>
            <translation>confirmed: %1</translation>
        </message>
        <message>
            <source>not confirmed yet: %1</source>
            <translation>not confirmed yet: %1</translation>
        </message>
        <message>
            <source>Unit (hours or days; currency for funding)</source>
            <translation>Unit (hours or days; currency for funding)</translation>
        </message>
        <message>
            <source>Add pledge</source>
            <translation>Add pledge</translation>
        </message>
        <message>
            <source>Edit pledge</source>
            <translation>Edit pledge</translation>
        </message>
        <message>
            <source>Confirm pledges</source>
            <translation>Confirm pledges</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n pledge(s)</source>
            <translation>
                <numerusform>Remove %n pledge</numerusform>
                <numerusform>Remove %n pledges</numerusform>
            </translation>
        </message>
        <message>
            <source>Add need</source>
            <translation>Add need</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n need(s)</source>
            <translation>
                <numerusform>Remove %n need</numerusform>
                <numerusform>Remove %n needs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Top</source>
            <translation>Top</translation>
        </message>
        <message>
            <source>Runoff among the tied notes</source>
            <translation>Runoff among the tied notes</translation>
        </message>
        <message>
            <source>Take the top K to the next phase</source>
            <translation>Take the top K to the next phase</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Dots</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Tied</source>
            <translation>Tied</translation>
        </message>
        <message numerus="yes">
            <source>%1 notes tied for the last %n place(s).</source>
            <translation>
                <numerusform>%1 notes tied for the last place.</numerusform>
                <numerusform>%1 notes tied for the last %n places.</numerusform>
            </translation>
        </message>
        <message>
            <source>a new phase-3 board</source>
            <translation>a new phase-3 board</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n dot(s) counted on paper</source>
            <translation>
                <numerusform>%1 · %n dot counted on paper</numerusform>
                <numerusform>%1 · %n dots counted on paper</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n dot(s) · %2 of %3 voters voted on screen</source>
            <translation>
                <numerusform>%1 · %n dot · %2 of %3 voters voted on screen</numerusform>
                <numerusform>%1 · %n dots · %2 of %3 voters voted on screen</numerusform>
            </translation>
        </message>
        <message>
            <source>(deleted since)</source>
            <translation>(deleted since)</translation>
        </message>
        <message>
            <source>(now: %1)</source>
            <translation>(now: %1)</translation>
        </message>
        <message>
            <source>No tie at the cut-off.</source>
            <translation>No tie at the cut-off.</translation>
        </message>
    </context>
    <context>
        <name>RoomConsole</name>
        <message>
            <source>Welcome card</source>
            <translation>Welcome card</translation>
        </message>
        <message>
            <source>Board (live)</source>
            <translation>Board (live)</translation>
        </message>
        <message>
            <source>Frozen board</source>
            <translation>Frozen board</translation>
        </message>
        <message>
            <source>Voting screen</source>
            <translation>Voting screen</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Facilitator console</source>
            <translation>Facilitator console</translation>
        </message>
        <message>
            <source>Send to the screen</source>
            <translation>Send to the screen</translation>
        </message>
        <message>
            <source>Show on the audience screen: %1</source>
            <translation>Show on the audience screen: %1</translation>
        </message>
        <message>
            <source>Preview of the audience screen</source>
            <translation>Preview of the audience screen</translation>
        </message>
        <message>
            <source>&amp;Audience screen:</source>
            <translation>&amp;Audience screen:</translation>
        </message>
        <message>
            <source>Audience screen</source>
            <translation>Audience screen</translation>
        </message>
        <message>
            <source>Voting progress</source>
            <translation>Voting progress</translation>
        </message>
        <message>
            <source>Facilitator notes (only on this screen)</source>
            <translation>Facilitator notes (only on this screen)</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Facilitator notes</translation>
        </message>
        <message>
            <source>Reminders for the facilitating team. Never projected.</source>
            <translation>Reminders for the facilitating team. Never projected.</translation>
        </message>
        <message>
            <source>On the screen: %1</source>
            <translation>On the screen: %1</translation>
        </message>
        <message>
            <source>End presentation (Esc)</source>
            <translation>End presentation (Esc)</translation>
        </message>
        <message>
            <source>Start presentation (F5)</source>
            <translation>Start presentation (F5)</translation>
        </message>
        <message>
            <source>«%1»: stickers on paper; type the counts in the tally grid.</source>
            <translation>«%1»: stickers on paper; type the counts in the tally grid.</translation>
        </message>
        <message>
            <source>«%1»: %2 of %3 have voted.</source>
            <translation>«%1»: %2 of %3 have voted.</translation>
        </message>
        <message>
            <source>Still to vote: %1</source>
            <translation>Still to vote: %1</translation>
        </message>
        <message>
            <source>No voting round is open.</source>
            <translation>No voting round is open.</translation>
        </message>
    </context>
    <context>
        <name>RosterImportDialog</name>
        <message>
            <source>Import %1</source>
            <translation>Import %1</translation>
        </message>
        <message>
            <source>Rows of the list</source>
            <translation>Rows of the list</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organization</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>%1 (new%2)</source>
            <translation>%1 (new%2)</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>ready</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Import %n participant(s)</source>
            <translation>
                <numerusform>Import %n participant</numerusform>
                <numerusform>Import %n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) will be added</source>
            <translation>
                <numerusform>%n participant will be added</numerusform>
                <numerusform>%n participants will be added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new organization(s)</source>
            <translation>
                <numerusform>%n new organization</numerusform>
                <numerusform>%n new organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with a problem (in red) will be skipped; fix them in the spreadsheet and import again if needed.</source>
            <translation>
                <numerusform>%n row with a problem (in red) will be skipped; fix them in the spreadsheet and import again if needed.</numerusform>
                <numerusform>%n rows with a problem (in red) will be skipped; fix them in the spreadsheet and import again if needed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundSetupDialog</name>
        <message>
            <source>Voting round</source>
            <translation>Voting round</translation>
        </message>
        <message>
            <source>Voting round settings</source>
            <translation>Voting round settings</translation>
        </message>
        <message>
            <source>e.g. Which challenges should we tackle together first?</source>
            <translation>e.g. Which challenges should we tackle together first?</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>All notes of the board (%1)</source>
            <translation>All notes of the board (%1)</translation>
        </message>
        <message>
            <source>The notes in a zone:</source>
            <translation>The notes in a zone:</translation>
        </message>
        <message>
            <source>The selected notes (%1)</source>
            <translation>The selected notes (%1)</translation>
        </message>
        <message>
            <source>The chosen notes (%1)</source>
            <translation>The chosen notes (%1)</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Candidates</translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>Dots per person</translation>
        </message>
        <message>
            <source>Most dots on one note</source>
            <translation>Most dots on one note</translation>
        </message>
        <message>
            <source>People on the roster:</source>
            <translation>People on the roster:</translation>
        </message>
        <message>
            <source>Anonymous voters:</source>
            <translation>Anonymous voters:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Who votes</translation>
        </message>
        <message>
            <source>Secret, one by one on the shared screen</source>
            <translation>Secret, one by one on the shared screen</translation>
        </message>
        <message>
            <source>Open: dots appear live</source>
            <translation>Open: dots appear live</translation>
        </message>
        <message>
            <source>Paper stickers, counted afterwards</source>
            <translation>Paper stickers, counted afterwards</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Hide the results until they are revealed</source>
            <translation>Hide the results until they are revealed</translation>
        </message>
        <message>
            <source>Two criteria (a 2×2 matrix)</source>
            <translation>Two criteria (a 2×2 matrix)</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Timer (minutes):</source>
            <translation>Timer (minutes):</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Add session…</source>
            <translation>Add session…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>No agenda points yet (Edit… adds them).</source>
            <translation>No agenda points yet (Edit… adds them).</translation>
        </message>
        <message>
            <source>Choose a session to see its agenda.</source>
            <translation>Choose a session to see its agenda.</translation>
        </message>
        <message>
            <source>Check-in: %1 present</source>
            <translation>Check-in: %1 present</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Check out</source>
            <translation>Check out</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>Add session</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Edit session</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n session(s)</source>
            <translation>
                <numerusform>Remove %n session</numerusform>
                <numerusform>Remove %n sessions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Automatic (the other screen)</source>
            <translation>Automatic (the other screen)</translation>
        </message>
        <message>
            <source>Main window position and size</source>
            <translation>Main window position and size</translation>
        </message>
        <message>
            <source>Main window toolbars and docks</source>
            <translation>Main window toolbars and docks</translation>
        </message>
        <message>
            <source>Width of the phase navigator</source>
            <translation>Width of the phase navigator</translation>
        </message>
        <message>
            <source>Start screen position and size</source>
            <translation>Start screen position and size</translation>
        </message>
        <message>
            <source>Recently opened workshops</source>
            <translation>Recently opened workshops</translation>
        </message>
        <message>
            <source>Last folder used in file dialogs</source>
            <translation>Last folder used in file dialogs</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Appearance</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Same as the system</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Projector (high contrast)</source>
            <translation>Projector (high contrast)</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <source>Small (90 %)</source>
            <translation>Small (90 %)</translation>
        </message>
        <message>
            <source>Normal (100 %)</source>
            <translation>Normal (100 %)</translation>
        </message>
        <message>
            <source>Large (125 %)</source>
            <translation>Large (125 %)</translation>
        </message>
        <message>
            <source>Larger (150 %)</source>
            <translation>Larger (150 %)</translation>
        </message>
        <message>
            <source>Huge (200 %)</source>
            <translation>Huge (200 %)</translation>
        </message>
        <message>
            <source>Audience screen</source>
            <translation>Audience screen</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Room</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Facilitator notes</translation>
        </message>
        <message>
            <source>Automatic backup every (minutes)</source>
            <translation>Automatic backup every (minutes)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Workshops open when the app last ran</source>
            <translation>Workshops open when the app last ran</translation>
        </message>
        <message>
            <source>Facilitator PIN (hash)</source>
            <translation>Facilitator PIN (hash)</translation>
        </message>
        <message>
            <source>Hide the room's key hint</source>
            <translation>Hide the room's key hint</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Type to filter…</source>
            <translation>Type to filter…</translation>
        </message>
        <message>
            <source>Filter the shortcuts</source>
            <translation>Filter the shortcuts</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Resiliency Lab</source>
            <translation>Resiliency Lab</translation>
        </message>
        <message>
            <source>Boards, dot-voting and reports for the workshops of a Learning Community. Everything is saved in one .reslab file as you work.</source>
            <translation>Boards, dot-voting and reports for the workshops of a Learning Community. Everything is saved in one .reslab file as you work.</translation>
        </message>
        <message>
            <source>&amp;New Workshop…</source>
            <translation>&amp;New Workshop…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Workshop</source>
            <translation>Open the &amp;Demo Workshop</translation>
        </message>
        <message>
            <source>&amp;Import JSON…</source>
            <translation>&amp;Import JSON…</translation>
        </message>
        <message>
            <source>Make a new workshop file from a JSON document and open it</source>
            <translation>Make a new workshop file from a JSON document and open it</translation>
        </message>
        <message>
            <source>Facilitator's &amp;guide</source>
            <translation>Facilitator's &amp;guide</translation>
        </message>
        <message>
            <source>How to run a lab day: before, during and after the workshop</source>
            <translation>How to run a lab day: before, during and after the workshop</translation>
        </message>
        <message>
            <source>&amp;Recent workshops</source>
            <translation>&amp;Recent workshops</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Recent workshops</translation>
        </message>
        <message>
            <source>Workshops you open appear here.</source>
            <translation>Workshops you open appear here.</translation>
        </message>
    </context>
    <context>
        <name>StepCard</name>
        <message>
            <source>Status of step %1</source>
            <extracomment>What changes what the overview shows (counts, statuses, localization, suggestion). Suggestions the shell performs through its action table. Suggestions that open one of the overview's own tabs.</extracomment>
            <translation>Status of step %1</translation>
        </message>
        <message numerus="yes">
            <source>%n board(s)</source>
            <translation>
                <numerusform>%n board</numerusform>
                <numerusform>%n boards</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote round(s)</source>
            <translation>
                <numerusform>%n vote round</numerusform>
                <numerusform>%n vote rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n decision</numerusform>
                <numerusform>%n decisions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pledge(s)</source>
            <translation>
                <numerusform>%n pledge</numerusform>
                <numerusform>%n pledges</numerusform>
            </translation>
        </message>
        <message>
            <source>Decided locally: %1</source>
            <translation>Decided locally: %1</translation>
        </message>
        <message>
            <source>Work started here: mark it “%1”</source>
            <translation>Work started here: mark it “%1”</translation>
        </message>
    </context>
    <context>
        <name>TimerControls</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set the timer to %n minute(s)</source>
            <translation>
                <numerusform>Set the timer to %n minute</numerusform>
                <numerusform>Set the timer to %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Custom minutes:</source>
            <translation>&amp;Custom minutes:</translation>
        </message>
        <message>
            <source>Custom minutes</source>
            <translation>Custom minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message>
            <source>Set the timer to the custom minutes</source>
            <translation>Set the timer to the custom minutes</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>Add one minute</source>
            <translation>Add one minute</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Reset the timer</source>
            <translation>Reset the timer</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
    </context>
    <context>
        <name>TimerFace</name>
        <message>
            <source>Timer</source>
            <translation>Timer</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Unlock with the facilitator PIN…</source>
            <translation>Unlock with the facilitator PIN…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Facilitator PIN:</source>
            <translation>Facilitator PIN:</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>Wrong PIN.</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitator</translation>
        </message>
        <message>
            <source>Facilitator PIN</source>
            <translation>Facilitator PIN</translation>
        </message>
        <message>
            <source>Choose a PIN to lock the shared screen while people vote. Only you can unlock it, close the round or leave the voting screen.</source>
            <translation>Choose a PIN to lock the shared screen while people vote. Only you can unlock it, close the round or leave the voting screen.</translation>
        </message>
        <message>
            <source>People voted on this in %1. Closed rounds keep their results as they were; an open round loses these dots. Delete anyway?</source>
            <translation>People voted on this in %1. Closed rounds keep their results as they were; an open round loses these dots. Delete anyway?</translation>
        </message>
        <message>
            <source>Delete a note people voted on?</source>
            <translation>Delete a note people voted on?</translation>
        </message>
    </context>
    <context>
        <name>VotingPage</name>
        <message>
            <source>New round…</source>
            <translation>New round…</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <source>Voting rounds</source>
            <translation>Voting rounds</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Open voting</source>
            <translation>Open voting</translation>
        </message>
        <message>
            <source>Voting screen</source>
            <translation>Voting screen</translation>
        </message>
        <message>
            <source>Paper tally…</source>
            <translation>Paper tally…</translation>
        </message>
        <message>
            <source>Close and reveal</source>
            <translation>Close and reveal</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>Delete round</translation>
        </message>
        <message>
            <source>The results stay hidden until you close the round.</source>
            <translation>The results stay hidden until you close the round.</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>No voting round on this board yet.</source>
            <translation>No voting round on this board yet.</translation>
        </message>
        <message>
            <source>Create one with “New round…”.</source>
            <translation>Create one with “New round…”.</translation>
        </message>
        <message>
            <source>secret vote on the shared screen</source>
            <translation>secret vote on the shared screen</translation>
        </message>
        <message>
            <source>open vote</source>
            <translation>open vote</translation>
        </message>
        <message>
            <source>paper stickers</source>
            <translation>paper stickers</translation>
        </message>
        <message>
            <source>results hidden until revealed</source>
            <translation>results hidden until revealed</translation>
        </message>
        <message>
            <source>%1 of %2 have voted.</source>
            <translation>%1 of %2 have voted.</translation>
        </message>
        <message>
            <source>Still to vote: %1</source>
            <translation>Still to vote: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) copied to the next phase.</source>
            <translation>
                <numerusform>%n note copied to the next phase.</numerusform>
                <numerusform>%n notes copied to the next phase.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the round to start voting.</source>
            <translation>Open the round to start voting.</translation>
        </message>
        <message numerus="yes">
            <source>%n anonymous voter(s)</source>
            <translation>
                <numerusform>%n anonymous voter</numerusform>
                <numerusform>%n anonymous voters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n persons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) each, at most %1 on one note · %2 · %3</source>
            <translation>
                <numerusform>%n dot each, at most %1 on one note · %2 · %3</numerusform>
                <numerusform>%n dots each, at most %1 on one note · %2 · %3</numerusform>
            </translation>
        </message>
        <message>
            <source>New voting round</source>
            <translation>New voting round</translation>
        </message>
        <message>
            <source>Change voting round</source>
            <translation>Change voting round</translation>
        </message>
        <message>
            <source>Reopen the round</source>
            <translation>Reopen the round</translation>
        </message>
        <message>
            <source>Why reopen it? (kept in the round's log)</source>
            <translation>Why reopen it? (kept in the round's log)</translation>
        </message>
        <message>
            <source>Reopen voting round</source>
            <translation>Reopen voting round</translation>
        </message>
        <message>
            <source>Delete the round “%1” and its votes?</source>
            <translation>Delete the round “%1” and its votes?</translation>
        </message>
        <message>
            <source>Delete voting round</source>
            <translation>Delete voting round</translation>
        </message>
        <message>
            <source>Paper tally</source>
            <translation>Paper tally</translation>
        </message>
        <message>
            <source>Runoff round</source>
            <translation>Runoff round</translation>
        </message>
        <message>
            <source>Take the top %1 to the next phase</source>
            <translation>Take the top %1 to the next phase</translation>
        </message>
    </context>
    <context>
        <name>VotingScreen</name>
        <message>
            <source>Close and reveal</source>
            <translation>Close and reveal</translation>
        </message>
        <message>
            <source>Leave voting screen</source>
            <translation>Leave voting screen</translation>
        </message>
        <message>
            <source>Next voter</source>
            <translation>Next voter</translation>
        </message>
        <message>
            <source>Clear my dots</source>
            <translation>Clear my dots</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Thank you! Your dots are saved.</source>
            <translation>Thank you! Your dots are saved.</translation>
        </message>
        <message>
            <source>Please pass the screen to the next person.</source>
            <translation>Please pass the screen to the next person.</translation>
        </message>
        <message>
            <source>I am the next person</source>
            <translation>I am the next person</translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>%1 of %2 have voted</translation>
        </message>
        <message numerus="yes">
            <source>⚠ At most %n dot(s) on one note.</source>
            <translation>
                <numerusform>⚠ At most %n dot on one note.</numerusform>
                <numerusform>⚠ At most %n dots on one note.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a note to add a dot · right-click, long press or − removes one · arrows move, Space adds, Backspace removes, Enter is Done</source>
            <translation>Tap a note to add a dot · right-click, long press or − removes one · arrows move, Space adds, Backspace removes, Enter is Done</translation>
        </message>
        <message>
            <source>Press “Next voter” to vote.</source>
            <translation>Press “Next voter” to vote.</translation>
        </message>
        <message>
            <source>Tap your name to vote:</source>
            <translation>Tap your name to vote:</translation>
        </message>
        <message>
            <source>Voter %1</source>
            <translation>Voter %1</translation>
        </message>
        <message>
            <source>This ballot is sealed</source>
            <translation>This ballot is sealed</translation>
        </message>
        <message>
            <source>Sealed ballot</source>
            <translation>Sealed ballot</translation>
        </message>
        <message>
            <source>This person has voted; their ballot is sealed. The facilitator can reopen it with the PIN (it is logged).</source>
            <translation>This person has voted; their ballot is sealed. The facilitator can reopen it with the PIN (it is logged).</translation>
        </message>
        <message>
            <source>%1, place your dots</source>
            <translation>%1, place your dots</translation>
        </message>
        <message>
            <source>⚠ No dots left: take one off another note first, or press Done.</source>
            <translation>⚠ No dots left: take one off another note first, or press Done.</translation>
        </message>
        <message>
            <source>Dots left: %1</source>
            <translation>Dots left: %1</translation>
        </message>
        <message>
            <source>Lock screen</source>
            <translation>Lock screen</translation>
        </message>
        <message>
            <source>Locked · Facilitator</source>
            <translation>Locked · Facilitator</translation>
        </message>
        <message>
            <source>Facilitator: unlock with your PIN</source>
            <translation>Facilitator: unlock with your PIN</translation>
        </message>
        <message>
            <source>Lock the facilitator tools while people vote</source>
            <translation>Lock the facilitator tools while people vote</translation>
        </message>
    </context>
    <context>
        <name>WelcomeCard</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>It all works on this laptop, with no internet and no account. How do you want to start?</source>
            <translation>It all works on this laptop, with no internet and no account. How do you want to start?</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Workshop</source>
            <translation>Open the &amp;Demo Workshop</translation>
        </message>
        <message>
            <source>An example lab with boards, votes and decisions across the six steps. Explore it freely: it is your own copy.</source>
            <translation>An example lab with boards, votes and decisions across the six steps. Explore it freely: it is your own copy.</translation>
        </message>
        <message>
            <source>&amp;New Workshop…</source>
            <translation>&amp;New Workshop…</translation>
        </message>
        <message>
            <source>Start your own workshop. It is saved in one .reslab file as you work.</source>
            <translation>Start your own workshop. It is saved in one .reslab file as you work.</translation>
        </message>
        <message>
            <source>&amp;Open a File…</source>
            <translation>&amp;Open a File…</translation>
        </message>
        <message>
            <source>A .reslab file someone shared with you (you can also drop it here).</source>
            <translation>A .reslab file someone shared with you (you can also drop it here).</translation>
        </message>
        <message>
            <source>Facilitator's &amp;guide</source>
            <translation>Facilitator's &amp;guide</translation>
        </message>
        <message>
            <source>How to run a lab day: before, during and after the workshop</source>
            <translation>How to run a lab day: before, during and after the workshop</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
    </context>
    <context>
        <name>WhoDecidedDialog</name>
        <message>
            <source>Who decided?</source>
            <translation>Who decided?</translation>
        </message>
        <message>
            <source>Who made this decision?</source>
            <translation>Who made this decision?</translation>
        </message>
        <message>
            <source>Skip for now</source>
            <translation>Skip for now</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>Workshop Properties</source>
            <translation>Workshop Properties</translation>
        </message>
        <message>
            <source>Workshop title</source>
            <translation>Workshop title</translation>
        </message>
        <message>
            <source>Learning community</source>
            <translation>Learning community</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>e.g. Mérida, Yucatán</source>
            <translation>e.g. Mérida, Yucatán</translation>
        </message>
        <message>
            <source>Workshop language</source>
            <translation>Workshop language</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Facilitators, one per line</source>
            <translation>Facilitators, one per line</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Learning &amp;community:</source>
            <translation>Learning &amp;community:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>&amp;Language of the workshop:</source>
            <translation>&amp;Language of the workshop:</translation>
        </message>
        <message>
            <source>&amp;Starts on:</source>
            <translation>&amp;Starts on:</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>&amp;Ends on:</translation>
        </message>
        <message>
            <source>&amp;Facilitators
(one per line):</source>
            <translation>&amp;Facilitators
(one per line):</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1: no such file</translation>
        </message>
        <message>
            <source>%1: cannot create the folder (%2)</source>
            <translation>%1: cannot create the folder (%2)</translation>
        </message>
    </context>
</TS>
