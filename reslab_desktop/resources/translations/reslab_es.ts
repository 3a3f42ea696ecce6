<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
    <context>
        <name />
        <message>
            <source>Add note</source>
            <translation>Agregar nota</translation>
        </message>
        <message>
            <source>Edit note text</source>
            <translation>Editar el texto de la nota</translation>
        </message>
        <message>
            <source>Change color</source>
            <translation>Cambiar color</translation>
        </message>
        <message>
            <source>Set author</source>
            <translation>Asignar autor/a</translation>
        </message>
        <message>
            <source>Bring to front</source>
            <translation>Traer al frente</translation>
        </message>
        <message>
            <source>Send to back</source>
            <translation>Enviar al fondo</translation>
        </message>
        <message>
            <source>Distribute notes</source>
            <translation>Distribuir notas</translation>
        </message>
        <message>
            <source>Align notes</source>
            <translation>Alinear notas</translation>
        </message>
        <message>
            <source>Move item</source>
            <translation>Mover elemento</translation>
        </message>
        <message numerus="yes">
            <source>Move %n items</source>
            <translation>
                <numerusform>Mover %n elementos</numerusform>
                <numerusform>Mover %n elementos</numerusform>
            </translation>
        </message>
        <message>
            <source>Move zone</source>
            <translation>Mover zona</translation>
        </message>
        <message>
            <source>Move note</source>
            <translation>Mover nota</translation>
        </message>
        <message numerus="yes">
            <source>Move %n notes</source>
            <translation>
                <numerusform>Mover %n notas</numerusform>
                <numerusform>Mover %n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>Move image</source>
            <translation>Mover imagen</translation>
        </message>
        <message>
            <source>Resize note</source>
            <translation>Cambiar tamaño de la nota</translation>
        </message>
        <message>
            <source>Resize zone</source>
            <translation>Cambiar tamaño de la zona</translation>
        </message>
        <message>
            <source>Resize image</source>
            <translation>Cambiar tamaño de la imagen</translation>
        </message>
        <message>
            <source>Delete item</source>
            <translation>Eliminar elemento</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n items</source>
            <translation>
                <numerusform>Eliminar %n elementos</numerusform>
                <numerusform>Eliminar %n elementos</numerusform>
            </translation>
        </message>
        <message>
            <source>Duplicate note</source>
            <translation>Duplicar nota</translation>
        </message>
        <message numerus="yes">
            <source>Duplicate %n notes</source>
            <translation>
                <numerusform>Duplicar %n notas</numerusform>
                <numerusform>Duplicar %n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the notes to group first.</source>
            <translation>Primero selecciona las notas que quieres agrupar.</translation>
        </message>
        <message>
            <source>Group notes</source>
            <translation>Agrupar notas</translation>
        </message>
        <message>
            <source>Title of the group:</source>
            <translation>Título del grupo:</translation>
        </message>
        <message>
            <source>Drag on the board to draw the zone · Enter: in the middle of the view · Esc: cancel</source>
            <translation>Arrastra sobre el tablero para dibujar la zona · Intro: en medio de la vista · Esc: cancelar</translation>
        </message>
        <message>
            <source>New zone</source>
            <translation>Nueva zona</translation>
        </message>
        <message>
            <source>Title of the zone:</source>
            <translation>Título de la zona:</translation>
        </message>
        <message>
            <source>Add zone</source>
            <translation>Agregar zona</translation>
        </message>
        <message>
            <source>Rename zone</source>
            <translation>Renombrar zona</translation>
        </message>
        <message>
            <source>Select exactly two notes to link them.</source>
            <translation>Selecciona exactamente dos notas para conectarlas.</translation>
        </message>
        <message>
            <source>Link notes</source>
            <translation>Conectar notas</translation>
        </message>
        <message>
            <source>Link label</source>
            <translation>Etiqueta de la conexión</translation>
        </message>
        <message>
            <source>Label of the arrow:</source>
            <translation>Etiqueta de la flecha:</translation>
        </message>
        <message>
            <source>Edit link label</source>
            <translation>Editar la etiqueta de la conexión</translation>
        </message>
        <message>
            <source>Paste note</source>
            <translation>Pegar nota</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n notes</source>
            <translation>
                <numerusform>Pegar %n notas</numerusform>
                <numerusform>Pegar %n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>Drop files</source>
            <translation>Suelta los archivos</translation>
        </message>
        <message>
            <source>Insert image</source>
            <translation>Insertar imagen</translation>
        </message>
        <message>
            <source>Image caption</source>
            <translation>Pie de foto</translation>
        </message>
        <message>
            <source>Caption under the photo:</source>
            <translation>Texto bajo la foto:</translation>
        </message>
        <message>
            <source>Edit caption</source>
            <translation>Editar el pie de foto</translation>
        </message>
        <message>
            <source>Find notes…</source>
            <translation>Buscar notas…</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Resultado anterior (Mayús+Intro)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Resultado siguiente (Intro)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Cerrar (Esc)</translation>
        </message>
        <message>
            <source>no notes</source>
            <translation>ninguna nota</translation>
        </message>
        <message>
            <source>Edit Text</source>
            <translation>Editar texto</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Autor/a</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Bring to Front</source>
            <translation>Traer al frente</translation>
        </message>
        <message>
            <source>Send to Back</source>
            <translation>Enviar al fondo</translation>
        </message>
        <message>
            <source>Align and Distribute</source>
            <translation>Alinear y distribuir</translation>
        </message>
        <message>
            <source>Group Notes…</source>
            <translation>Agrupar notas…</translation>
        </message>
        <message>
            <source>Link the Two Notes</source>
            <translation>Conectar las dos notas</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Rename Zone…</source>
            <translation>Renombrar zona…</translation>
        </message>
        <message>
            <source>Delete Zone (Keep Its Notes)</source>
            <translation>Eliminar zona (conservar sus notas)</translation>
        </message>
        <message>
            <source>Edit Label…</source>
            <translation>Editar etiqueta…</translation>
        </message>
        <message>
            <source>Delete Arrow</source>
            <translation>Eliminar flecha</translation>
        </message>
        <message>
            <source>Edit Caption…</source>
            <translation>Editar pie de foto…</translation>
        </message>
        <message>
            <source>Delete Image</source>
            <translation>Eliminar imagen</translation>
        </message>
        <message>
            <source>Add Note Here</source>
            <translation>Agregar nota aquí</translation>
        </message>
        <message>
            <source>Paste Here</source>
            <translation>Pegar aquí</translation>
        </message>
        <message>
            <source>Draw a Zone</source>
            <translation>Dibujar una zona</translation>
        </message>
        <message>
            <source>Insert Image…</source>
            <translation>Insertar imagen…</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Seleccionar todo</translation>
        </message>
        <message>
            <source>Fit the Whole Board</source>
            <translation>Ver todo el tablero</translation>
        </message>
        <message>
            <source>+ Note</source>
            <translation>+ Nota</translation>
        </message>
        <message>
            <source>A new note in the middle of the view (N, or double-click the board)</source>
            <translation>Una nota nueva en el centro de la vista (N, o doble clic en el tablero)</translation>
        </message>
        <message>
            <source>Author of the notes you add now (e.g. while typing in the cards of one person)</source>
            <translation>Autor/a de las notas que agregas ahora (p. ej. al transcribir las tarjetas de una persona)</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zona</translation>
        </message>
        <message>
            <source>Draw a titled zone (Ctrl+Shift+G)</source>
            <translation>Dibujar una zona con título (Ctrl+Mayús+G)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Agrupar</translation>
        </message>
        <message>
            <source>Put the selected notes in a new titled zone (Ctrl+G)</source>
            <translation>Poner las notas seleccionadas en una zona nueva con título (Ctrl+G)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <source>An arrow between the two selected notes (Ctrl+K)</source>
            <translation>Una flecha entre las dos notas seleccionadas (Ctrl+K)</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Insert a photo from a file (Ctrl+Shift+I)</source>
            <translation>Insertar una foto desde un archivo (Ctrl+Mayús+I)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+−)</source>
            <translation>Alejar (Ctrl+−)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>Acercar (Ctrl++)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Ver todo</translation>
        </message>
        <message>
            <source>Show the whole board (Home)</source>
            <translation>Mostrar todo el tablero (Inicio)</translation>
        </message>
        <message>
            <source>No author</source>
            <translation>Sin autor/a</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <extracomment>Print jobs running (each kept until it finishes or fails).</extracomment>
            <translation>Exportar PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF written: %1</source>
            <translation>PDF guardado: %1</translation>
        </message>
        <message>
            <source>Building the PDF…</source>
            <translation>Generando el PDF…</translation>
        </message>
        <message>
            <source>Preparing to print…</source>
            <translation>Preparando la impresión…</translation>
        </message>
        <message>
            <source>Sent to %1</source>
            <translation>Enviado a %1</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>la impresora</translation>
        </message>
        <message>
            <source>The PDF is open in your PDF viewer: print it from there.</source>
            <translation>El PDF está abierto en tu visor de PDF: imprímelo desde ahí.</translation>
        </message>
        <message>
            <source>This computer has no program that can print or show a PDF.</source>
            <translation>Esta computadora no tiene ningún programa que pueda imprimir o mostrar un PDF.</translation>
        </message>
        <message>
            <source>No printer is set up on this computer.</source>
            <translation>No hay ninguna impresora configurada en esta computadora.</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Imprimiendo…</translation>
        </message>
        <message>
            <source>Printing cancelled</source>
            <translation>Impresión cancelada</translation>
        </message>
        <message>
            <source>Printing page %1 of %2…</source>
            <translation>Imprimiendo la página %1 de %2…</translation>
        </message>
        <message>
            <source>Sent to %1 (%2 pages)</source>
            <translation>Enviado a %1 (%2 páginas)</translation>
        </message>
        <message>
            <source>The printer did not take the document.</source>
            <translation>La impresora no aceptó el documento.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Save the PDF and print it from another computer or program.</source>
            <translation>Guarda el PDF e imprímelo desde otra computadora u otro programa.</translation>
        </message>
        <message>
            <source>Save the PDF…</source>
            <translation>Guardar el PDF…</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Guardar el PDF</translation>
        </message>
        <message>
            <source>The PDF could not be saved: %1</source>
            <translation>No se pudo guardar el PDF: %1</translation>
        </message>
        <message>
            <source>PDF export cancelled</source>
            <translation>Exportación a PDF cancelada</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Nadie</translation>
        </message>
        <message>
            <source>Align &amp;Left Edges</source>
            <translation>Alinear bordes &amp;izquierdos</translation>
        </message>
        <message>
            <source>Align &amp;Centres Horizontally</source>
            <translation>Alinear &amp;centros horizontalmente</translation>
        </message>
        <message>
            <source>Align &amp;Right Edges</source>
            <translation>Alinear bordes &amp;derechos</translation>
        </message>
        <message>
            <source>Align &amp;Top Edges</source>
            <translation>Alinear bordes &amp;superiores</translation>
        </message>
        <message>
            <source>Align &amp;Middles Vertically</source>
            <translation>Alinear centros &amp;verticalmente</translation>
        </message>
        <message>
            <source>Align &amp;Bottom Edges</source>
            <translation>Alinear bordes i&amp;nferiores</translation>
        </message>
        <message>
            <source>Distribute &amp;Horizontally</source>
            <translation>Distribuir &amp;horizontalmente</translation>
        </message>
        <message>
            <source>Distribute &amp;Vertically</source>
            <translation>Distribuir v&amp;erticalmente</translation>
        </message>
        <message>
            <source>The pages could not be prepared for printing (pdftoppm did not start).</source>
            <translation>No se pudieron preparar las páginas para imprimir (pdftoppm no arrancó).</translation>
        </message>
        <message>
            <source>Page %1 could not be prepared for printing.</source>
            <translation>No se pudo preparar la página %1 para imprimir.</translation>
        </message>
        <message>
            <source>The printer did not accept the document.</source>
            <translation>La impresora no aceptó el documento.</translation>
        </message>
        <message>
            <source>The printer did not accept the next page.</source>
            <translation>La impresora no aceptó la siguiente página.</translation>
        </message>
        <message>
            <source>Export Data</source>
            <translation>Exportar datos</translation>
        </message>
        <message>
            <source>Excel workbook (one sheet per table)</source>
            <translation>Libro de Excel (una hoja por tabla)</translation>
        </message>
        <message>
            <source>CSV files (one per table, UTF-8)</source>
            <translation>Archivos CSV (uno por tabla, UTF-8)</translation>
        </message>
        <message>
            <source>Notes, voting results, ballots of rounds that are not anonymous, decisions, pledges, needs and gaps, initiatives, action plans, organizations, participants, sessions and attendance.</source>
            <translation>Notas, resultados de votación, votos de las rondas que no son anónimas, decisiones, compromisos, necesidades y brechas, iniciativas, planes de acción, organizaciones, participantes, sesiones y asistencia.</translation>
        </message>
        <message>
            <source>&amp;Open when done</source>
            <translation>&amp;Abrir al terminar</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Export the CSV Files to…</source>
            <translation>Exportar los archivos CSV a…</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Data exported to %1</source>
            <translation>Datos exportados a %1</translation>
        </message>
        <message>
            <source>Data export cancelled</source>
            <translation>Exportación de datos cancelada</translation>
        </message>
        <message>
            <source>Exporting the data…</source>
            <translation>Exportando los datos…</translation>
        </message>
        <message>
            <source>Portfolio of Learning Communities</source>
            <translation>Portafolio de Comunidades de Aprendizaje</translation>
        </message>
        <message>
            <source>Choose the workshop files of the Learning Communities, or folders that hold them (their subfolders are searched too). The files are only read, never changed.</source>
            <translation>Elige los archivos de taller de las comunidades de aprendizaje, o carpetas que los contengan (también se buscan en sus subcarpetas). Los archivos solo se leen, nunca se modifican.</translation>
        </message>
        <message>
            <source>Add &amp;Folder…</source>
            <translation>Agregar &amp;carpeta…</translation>
        </message>
        <message>
            <source>Add Fi&amp;les…</source>
            <translation>Agregar a&amp;rchivos…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Read the Files</source>
            <translation>&amp;Leer los archivos</translation>
        </message>
        <message>
            <source>Report &amp;language:</source>
            <translation>&amp;Idioma del informe:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>Add files or folders, then read them.</source>
            <translation>Agrega archivos o carpetas y luego léelos.</translation>
        </message>
        <message>
            <source>Save &amp;PDF…</source>
            <translation>Guardar P&amp;DF…</translation>
        </message>
        <message>
            <source>Save &amp;Excel…</source>
            <translation>Guardar &amp;Excel…</translation>
        </message>
        <message>
            <source>Save &amp;CSV…</source>
            <translation>Guardar CS&amp;V…</translation>
        </message>
        <message>
            <source>The folder %1 has no workshop files (.reslab).</source>
            <translation>La carpeta %1 no tiene archivos de taller (.reslab).</translation>
        </message>
        <message>
            <source>%1 (folder; workshop files: %2)</source>
            <translation>%1 (carpeta; archivos de taller: %2)</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 no existe.</translation>
        </message>
        <message>
            <source>Add a Folder of Workshops</source>
            <translation>Agregar una carpeta de talleres</translation>
        </message>
        <message>
            <source>Add Workshop Files</source>
            <translation>Agregar archivos de taller</translation>
        </message>
        <message>
            <source>Add at least one workshop file or folder first.</source>
            <translation>Primero agrega al menos un archivo o una carpeta de talleres.</translation>
        </message>
        <message>
            <source>Reading the workshop files…</source>
            <translation>Leyendo los archivos de taller…</translation>
        </message>
        <message>
            <source>Not read: %1 — %2</source>
            <translation>No se leyó: %1 — %2</translation>
        </message>
        <message>
            <source>Counted once: %1 is a copy of %2</source>
            <translation>Se cuenta una vez: %1 es una copia de %2</translation>
        </message>
        <message>
            <source>Communities: %1 · files read: %2 of %3</source>
            <translation>Comunidades: %1 · archivos leídos: %2 de %3</translation>
        </message>
        <message>
            <source>copies counted once: %1</source>
            <translation>copias contadas una vez: %1</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>Comunidad</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <source>Localization</source>
            <translation>Localización</translation>
        </message>
        <message>
            <source>Funding (MXN)</source>
            <translation>Fondos (MXN)</translation>
        </message>
        <message>
            <source>Save the Tables as CSV Files in…</source>
            <translation>Guardar las tablas como archivos CSV en…</translation>
        </message>
        <message>
            <source>portfolio</source>
            <translation>portafolio</translation>
        </message>
        <message>
            <source>Save the Portfolio</source>
            <translation>Guardar el portafolio</translation>
        </message>
        <message>
            <source>Read the files first.</source>
            <translation>Primero lee los archivos.</translation>
        </message>
        <message>
            <source>Writing the portfolio…</source>
            <translation>Escribiendo el portafolio…</translation>
        </message>
        <message>
            <source>Saved: %1</source>
            <translation>Guardado: %1</translation>
        </message>
        <message>
            <source>Cancelled: nothing was written.</source>
            <translation>Cancelado: no se escribió nada.</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;File</source>
            <extracomment>A row's handler: ``f(window)``, ``f(window, checked)`` (checkable) or ``f(window, menu)`` (submenu). Menu keys in menu-bar order, with their (translatable) titles. Empty menus are not shown.</extracomment>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Tablero</translation>
        </message>
        <message>
            <source>V&amp;oting</source>
            <translation>V&amp;otación</translation>
        </message>
        <message>
            <source>&amp;Lab</source>
            <translation>&amp;Laboratorio</translation>
        </message>
        <message>
            <source>&amp;Room</source>
            <translation>&amp;Sala</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;New Workshop…</source>
            <translation>&amp;Nuevo taller…</translation>
        </message>
        <message>
            <source>Create a new workshop file</source>
            <translation>Crear un archivo de taller nuevo</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open a workshop file</source>
            <translation>Abrir un archivo de taller</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Workshop</source>
            <translation>Abrir el taller de &amp;demostración</translation>
        </message>
        <message>
            <source>Save a &amp;Copy As…</source>
            <translation>Guardar una &amp;copia como…</translation>
        </message>
        <message>
            <source>Write a copy of this workshop to another file</source>
            <translation>Escribir una copia de este taller en otro archivo</translation>
        </message>
        <message>
            <source>&amp;Import JSON…</source>
            <translation>&amp;Importar JSON…</translation>
        </message>
        <message>
            <source>Make a new workshop file from a JSON document and open it</source>
            <translation>Crear un archivo de taller a partir de un documento JSON y abrirlo</translation>
        </message>
        <message>
            <source>&amp;Export JSON…</source>
            <translation>&amp;Exportar JSON…</translation>
        </message>
        <message>
            <source>Write this workshop as a JSON document</source>
            <translation>Escribir este taller como documento JSON</translation>
        </message>
        <message>
            <source>Export Dat&amp;a…</source>
            <translation>Exportar d&amp;atos…</translation>
        </message>
        <message>
            <source>This workshop's notes, votes, decisions, resources and people as Excel or CSV tables</source>
            <translation>Las notas, votaciones, decisiones, recursos y personas de este taller como tablas de Excel o CSV</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Exportar P&amp;DF…</translation>
        </message>
        <message>
            <source>The session report, worksheets, tally or sign-in sheets, or a board poster as PDF</source>
            <translation>El informe de la sesión, hojas de trabajo, hojas de conteo o listas de asistencia, o un póster del tablero en PDF</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Print the session report or blank worksheets</source>
            <translation>Imprimir el informe de la sesión u hojas de trabajo en blanco</translation>
        </message>
        <message>
            <source>Port&amp;folio…</source>
            <translation>Porta&amp;folio…</translation>
        </message>
        <message>
            <source>One report across many workshop files: communities, localization pathways, challenges, resources</source>
            <translation>Un informe con muchos archivos de taller: comunidades, rutas de localización, retos y recursos</translation>
        </message>
        <message>
            <source>Workshop &amp;Properties…</source>
            <translation>&amp;Propiedades del taller…</translation>
        </message>
        <message>
            <source>Title, learning community, place, language, dates, facilitators</source>
            <translation>Título, comunidad de aprendizaje, lugar, idioma, fechas, equipo facilitador</translation>
        </message>
        <message>
            <source>Restore from &amp;Backup…</source>
            <translation>Restaurar desde un &amp;respaldo…</translation>
        </message>
        <message>
            <source>Put back a copy taken automatically while you worked</source>
            <translation>Recuperar una copia tomada automáticamente mientras trabajabas</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>&amp;People and Organizations</source>
            <translation>&amp;Personas y organizaciones</translation>
        </message>
        <message>
            <source>Phase &amp;Navigator</source>
            <translation>&amp;Navegador de pasos</translation>
        </message>
        <message>
            <source>Phase 1</source>
            <translation>Paso 1</translation>
        </message>
        <message>
            <source>Phase 2</source>
            <translation>Paso 2</translation>
        </message>
        <message>
            <source>Phase 3</source>
            <translation>Paso 3</translation>
        </message>
        <message>
            <source>Phase 4</source>
            <translation>Paso 4</translation>
        </message>
        <message>
            <source>Phase 5</source>
            <translation>Paso 5</translation>
        </message>
        <message>
            <source>Phase 6</source>
            <translation>Paso 6</translation>
        </message>
        <message>
            <source>&amp;New Board…</source>
            <translation>&amp;Nuevo tablero…</translation>
        </message>
        <message>
            <source>Add a board to the selected phase from a template</source>
            <translation>Agregar un tablero al paso seleccionado a partir de una plantilla</translation>
        </message>
        <message>
            <source>&amp;Rename Board…</source>
            <translation>&amp;Renombrar tablero…</translation>
        </message>
        <message>
            <source>&amp;Delete Board</source>
            <translation>&amp;Eliminar tablero</translation>
        </message>
        <message>
            <source>Add &amp;Note</source>
            <translation>Agregar &amp;nota</translation>
        </message>
        <message>
            <source>A new note under the mouse, beside the notes there; Enter types the next one</source>
            <translation>Una nota nueva bajo el ratón, junto a las que ya están ahí; Enter escribe la siguiente</translation>
        </message>
        <message>
            <source>&amp;Edit Note Text</source>
            <translation>&amp;Editar el texto de la nota</translation>
        </message>
        <message>
            <source>Note &amp;Color</source>
            <translation>&amp;Color de la nota</translation>
        </message>
        <message>
            <source>Note &amp;Author</source>
            <translation>&amp;Autor/a de la nota</translation>
        </message>
        <message>
            <source>Bring to &amp;Front</source>
            <translation>Traer al &amp;frente</translation>
        </message>
        <message>
            <source>Send to &amp;Back</source>
            <translation>Enviar al f&amp;ondo</translation>
        </message>
        <message>
            <source>&amp;Align and Distribute</source>
            <translation>A&amp;linear y distribuir</translation>
        </message>
        <message>
            <source>&amp;Group Notes…</source>
            <translation>A&amp;grupar notas…</translation>
        </message>
        <message>
            <source>Put the selected notes in a new titled zone (affinity clustering)</source>
            <translation>Poner las notas seleccionadas en una zona nueva con título (agrupación por afinidad)</translation>
        </message>
        <message>
            <source>Draw a &amp;Zone</source>
            <translation>Dibujar una &amp;zona</translation>
        </message>
        <message>
            <source>Drag on the board to draw a titled zone (Enter: in the middle of the view)</source>
            <translation>Arrastra sobre el tablero para dibujar una zona con título (Intro: en medio de la vista)</translation>
        </message>
        <message>
            <source>Rena&amp;me Zone…</source>
            <translation>Reno&amp;mbrar zona…</translation>
        </message>
        <message>
            <source>&amp;Link Two Notes</source>
            <translation>Co&amp;nectar dos notas</translation>
        </message>
        <message>
            <source>An arrow from the note selected first to the second</source>
            <translation>Una flecha de la primera nota seleccionada a la segunda</translation>
        </message>
        <message>
            <source>Insert &amp;Image…</source>
            <translation>Insertar &amp;imagen…</translation>
        </message>
        <message>
            <source>A photo (e.g. of a paper flip chart), stored inside the workshop file</source>
            <translation>Una foto (p. ej. de un rotafolio de papel), guardada dentro del archivo del taller</translation>
        </message>
        <message>
            <source>&amp;Find Notes…</source>
            <translation>&amp;Buscar notas…</translation>
        </message>
        <message>
            <source>Export Board as &amp;PNG…</source>
            <translation>Exportar el tablero como &amp;PNG…</translation>
        </message>
        <message>
            <source>Export &amp;Selection as PNG…</source>
            <translation>Exportar la &amp;selección como PNG…</translation>
        </message>
        <message>
            <source>Export Board as S&amp;VG…</source>
            <translation>Exportar el tablero como S&amp;VG…</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <source>Notes, an image, or text (one note per line)</source>
            <translation>Notas, una imagen o texto (una nota por línea)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Seleccionar &amp;todo</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ale&amp;jar</translation>
        </message>
        <message>
            <source>&amp;Fit the Whole Board</source>
            <translation>&amp;Ver todo el tablero</translation>
        </message>
        <message>
            <source>Zoom to &amp;Selection</source>
            <translation>Acercar a la &amp;selección</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>Tamaño &amp;real</translation>
        </message>
        <message>
            <source>Show &amp;Grid</source>
            <translation>Mostrar &amp;cuadrícula</translation>
        </message>
        <message>
            <source>S&amp;nap to Grid</source>
            <translation>A&amp;justar a la cuadrícula</translation>
        </message>
        <message>
            <source>&amp;Minimap</source>
            <translation>&amp;Minimapa</translation>
        </message>
        <message>
            <source>&amp;Voting Rounds</source>
            <translation>&amp;Rondas de votación</translation>
        </message>
        <message>
            <source>Dot-voting rounds of the workshop: set up, progress, results</source>
            <translation>Rondas de votación con puntos del taller: preparación, avance, resultados</translation>
        </message>
        <message>
            <source>&amp;New Voting Round…</source>
            <translation>&amp;Nueva ronda de votación…</translation>
        </message>
        <message>
            <source>Vote on all notes of the board, a zone or the selected notes</source>
            <translation>Votar sobre todas las notas del tablero, una zona o las notas seleccionadas</translation>
        </message>
        <message>
            <source>Start the Shared &amp;Voting Screen</source>
            <translation>Iniciar la pantalla de &amp;votación compartida</translation>
        </message>
        <message>
            <source>Full-screen secret voting, one person after another, locked with your PIN</source>
            <translation>Votación secreta a pantalla completa, una persona tras otra, bloqueada con tu PIN</translation>
        </message>
        <message>
            <source>Enter a &amp;Paper Tally…</source>
            <translation>Capturar un conteo en &amp;papel…</translation>
        </message>
        <message>
            <source>&amp;Close the Round and Reveal</source>
            <translation>&amp;Cerrar la ronda y revelar</translation>
        </message>
        <message>
            <source>Lab &amp;Pathway</source>
            <translation>&amp;Trayectoria del laboratorio</translation>
        </message>
        <message>
            <source>The six steps, what to do next, and who decides in each step</source>
            <translation>Los seis pasos, lo que sigue y quién decide en cada paso</translation>
        </message>
        <message>
            <source>&amp;Resources</source>
            <translation>&amp;Recursos</translation>
        </message>
        <message>
            <source>Who gives what: expertise, time and funding; totals and gaps</source>
            <translation>Quién aporta qué: conocimiento, tiempo y fondos; totales y faltantes</translation>
        </message>
        <message>
            <source>&amp;Initiatives and Action Plans</source>
            <translation>&amp;Iniciativas y planes de acción</translation>
        </message>
        <message>
            <source>&amp;Decision Log</source>
            <translation>Registro de &amp;decisiones</translation>
        </message>
        <message>
            <source>Every key decision and who made it</source>
            <translation>Cada decisión clave y quién la tomó</translation>
        </message>
        <message>
            <source>&amp;Learning Log</source>
            <translation>&amp;Bitácora de aprendizaje</translation>
        </message>
        <message>
            <source>&amp;Sessions and Check-in</source>
            <translation>&amp;Sesiones y registro de asistencia</translation>
        </message>
        <message>
            <source>Record a &amp;Decision…</source>
            <translation>Registrar una &amp;decisión…</translation>
        </message>
        <message>
            <source>&amp;Carry Selected Ideas to a Prototype…</source>
            <translation>&amp;Llevar las ideas seleccionadas a un prototipo…</translation>
        </message>
        <message>
            <source>&amp;Where Did This Note Come From?</source>
            <translation>¿De &amp;dónde viene esta nota?</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>Modo &amp;presentación</translation>
        </message>
        <message>
            <source>Show the audience screen full screen (on the projector when one is connected); Esc returns</source>
            <translation>Mostrar la pantalla del público a pantalla completa (en el proyector si hay uno conectado); Esc regresa</translation>
        </message>
        <message>
            <source>Facilitator &amp;Console</source>
            <translation>&amp;Consola de facilitación</translation>
        </message>
        <message>
            <source>Preview of the audience screen, timer, voting progress and private notes</source>
            <translation>Vista previa de la pantalla del público, temporizador, avance de la votación y notas privadas</translation>
        </message>
        <message>
            <source>Audience &amp;Screen</source>
            <translation>&amp;Pantalla del público</translation>
        </message>
        <message>
            <source>Which screen is the projector (remembered)</source>
            <translation>Qué pantalla es el proyector (se recuerda)</translation>
        </message>
        <message>
            <source>Open the Room to P&amp;hones…</source>
            <translation>Abrir la sala a &amp;teléfonos…</translation>
        </message>
        <message>
            <source>Participants join with a QR code and vote from their phones (no internet needed)</source>
            <translation>Las y los participantes entran con un código QR y votan desde su teléfono (sin internet)</translation>
        </message>
        <message>
            <source>Receive &amp;Notes from Phones…</source>
            <translation>Recibir &amp;notas de teléfonos…</translation>
        </message>
        <message>
            <source>Participants write notes on their phones; they come to this board</source>
            <translation>Las personas escriben notas en sus teléfonos y llegan a este tablero</translation>
        </message>
        <message>
            <source>Show the &amp;Welcome Card</source>
            <translation>Mostrar la &amp;bienvenida</translation>
        </message>
        <message>
            <source>Show My &amp;Board (Follow Me)</source>
            <translation>Mostrar mi &amp;tablero (sígueme)</translation>
        </message>
        <message>
            <source>The audience screen follows the part of the board you look at</source>
            <translation>La pantalla del público sigue la parte del tablero que estás viendo</translation>
        </message>
        <message>
            <source>&amp;Freeze the Screen</source>
            <translation>&amp;Congelar la pantalla</translation>
        </message>
        <message>
            <source>Keep the board as it is now on the audience screen while you work</source>
            <translation>Dejar el tablero como está ahora en la pantalla del público mientras trabajas</translation>
        </message>
        <message>
            <source>Show the &amp;Voting Screen</source>
            <translation>Mostrar la pantalla de &amp;votación</translation>
        </message>
        <message>
            <source>Show the &amp;Timer</source>
            <translation>Mostrar el t&amp;emporizador</translation>
        </message>
        <message>
            <source>&amp;Start or Pause the Timer</source>
            <translation>&amp;Iniciar o pausar el temporizador</translation>
        </message>
        <message>
            <source>&amp;Add a Minute to the Timer</source>
            <translation>&amp;Agregar un minuto al temporizador</translation>
        </message>
        <message>
            <source>P&amp;rojector Theme (High Contrast)</source>
            <translation>Tema de p&amp;royector (alto contraste)</translation>
        </message>
        <message>
            <source>Bigger text, thicker outlines and strong colors for a washed-out projector</source>
            <translation>Texto más grande, contornos más gruesos y colores fuertes para un proyector deslavado</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>Pre&amp;ferencias…</translation>
        </message>
        <message>
            <source>Language, theme, text size, audience screen</source>
            <translation>Idioma, tema, tamaño del texto, pantalla del público</translation>
        </message>
        <message>
            <source>Facilitator's &amp;Guide</source>
            <translation>&amp;Guía para facilitar</translation>
        </message>
        <message>
            <source>How to run a lab day: before, during and after the workshop</source>
            <translation>Cómo llevar un día de laboratorio: antes, durante y después del taller</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About Resiliency Lab</source>
            <translation>A&amp;cerca de Resiliency Lab</translation>
        </message>
        <message>
            <source>Leave presentation mode</source>
            <translation>Salir del modo presentación</translation>
        </message>
        <message>
            <source>Move between controls</source>
            <translation>Moverse entre controles</translation>
        </message>
        <message>
            <source>Activate the focused button</source>
            <translation>Activar el botón enfocado</translation>
        </message>
    </context>
    <context>
        <name>AudienceVoting</name>
        <message>
            <source>Voting screen</source>
            <translation>Pantalla de votación</translation>
        </message>
        <message>
            <source>No voting round yet</source>
            <translation>Todavía no hay ninguna ronda de votación</translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>Han votado %1 de %2</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>results are shown when the round closes</source>
            <translation>los resultados se muestran al cerrar la ronda</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AudienceWindow</name>
        <message>
            <source>Resiliency Lab — audience screen</source>
            <extracomment>True while the window must stay up (a voting round's kiosk lock): Alt+F4 and the window manager's close are refused then (issue 17.1).</extracomment>
            <translation>Resiliency Lab — pantalla del público</translation>
        </message>
        <message>
            <source>Audience screen</source>
            <translation>Pantalla del público</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Restore from Backup</source>
            <extracomment>The window's backup schedule (none for a read-only workshop).</extracomment>
            <translation>Restaurar desde un respaldo</translation>
        </message>
        <message>
            <source>There are no backups of %1 yet.</source>
            <translation>Todavía no hay respaldos de %1.</translation>
        </message>
        <message>
            <source>(as it was before a restore)</source>
            <translation>(como estaba antes de restaurar)</translation>
        </message>
        <message>
            <source>Replace %1 with the copy from:</source>
            <translation>Reemplazar %1 con la copia de:</translation>
        </message>
        <message>
            <source>Replace the workshop with the copy from %1? Its current state is kept as a backup too, so this can be undone the same way.</source>
            <translation>¿Reemplazar el taller con la copia de %1? Su estado actual también se guarda como respaldo, así que esto se puede deshacer de la misma manera.</translation>
        </message>
    </context>
    <context>
        <name>BoardEditor</name>
        <message>
            <source>New board…</source>
            <extracomment>the empty state's "New board…" (the window opens the new-board dialog)</extracomment>
            <translation>Nuevo tablero…</translation>
        </message>
        <message>
            <source>%1 has no boards yet.</source>
            <translation>%1 todavía no tiene tableros.</translation>
        </message>
        <message>
            <source>No board is open.</source>
            <translation>No hay ningún tablero abierto.</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <source>Select what to export first.</source>
            <translation>Primero selecciona lo que quieres exportar.</translation>
        </message>
        <message>
            <source>Export as PNG</source>
            <translation>Exportar como PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Export as SVG</source>
            <translation>Exportar como SVG</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>Dibujos SVG (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Add organization “%1”</source>
            <translation>Agregar la organización «%1»</translation>
        </message>
        <message>
            <source>Edit organization “%1”</source>
            <translation>Editar la organización «%1»</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>Quitar %1</translation>
        </message>
        <message>
            <source>Add participant “%1”</source>
            <translation>Agregar a «%1»</translation>
        </message>
        <message>
            <source>Edit participant “%1”</source>
            <translation>Editar a «%1»</translation>
        </message>
        <message numerus="yes">
            <source>Import %n participant(s)</source>
            <translation>
                <numerusform>Importar %n participante</numerusform>
                <numerusform>Importar %n participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit workshop properties</source>
            <translation>Editar las propiedades del taller</translation>
        </message>
        <message>
            <source>Create board “%1”</source>
            <translation>Crear el tablero «%1»</translation>
        </message>
        <message>
            <source>Rename board “%1”</source>
            <translation>Renombrar el tablero «%1»</translation>
        </message>
        <message>
            <source>Delete board “%1”</source>
            <translation>Eliminar el tablero «%1»</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Resiliency Lab: unexpected error</source>
            <translation>Resiliency Lab: error inesperado</translation>
        </message>
        <message>
            <source>Something went wrong inside the app (this is a bug): %1</source>
            <translation>Algo falló dentro de la aplicación (es un error del programa): %1</translation>
        </message>
        <message>
            <source>Your workshop file keeps every change saved before this message. You can go on working; if this repeats, save a copy and restart.</source>
            <translation>Tu archivo de taller conserva todos los cambios guardados antes de este mensaje. Puedes seguir trabajando; si se repite, guarda una copia y reinicia la aplicación.</translation>
        </message>
        <message>
            <source>The details are also in the log: %1</source>
            <translation>Los detalles también están en el registro: %1</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar los detalles</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>no date</source>
            <extracomment>Typed forms accepted besides the locale's own (day first in Spanish, month first in English).</extracomment>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>Type the date like %1, pick it from the calendar, or leave it empty</source>
            <translation>Escribe la fecha como %1, elígela en el calendario o déjala vacía</translation>
        </message>
        <message>
            <source>Choose the date in a calendar</source>
            <translation>Elegir la fecha en un calendario</translation>
        </message>
    </context>
    <context>
        <name>DecisionsView</name>
        <message>
            <source>Decided by: %1</source>
            <translation>Decidió: %1</translation>
        </message>
        <message>
            <source>Step</source>
            <extracomment>Start widths (px) of the short columns: the decision's text takes the rest, and the short ones wrap ("Diseñar e / implementar") rather than squeezing it to a word per line.</extracomment>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Who decided</source>
            <translation>Quién decidió</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Who decided?</source>
            <translation>¿Quién decidió?</translation>
        </message>
        <message>
            <source>Add decision…</source>
            <translation>Agregar decisión…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) logged · decided by local organizations: %1</source>
            <translation>
                <numerusform>%n decisión registrada · decidido por las organizaciones locales: %1</numerusform>
                <numerusform>%n decisiones registradas · decidido por las organizaciones locales: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Which organizations</source>
            <translation>Qué organizaciones</translation>
        </message>
        <message>
            <source>Add decision</source>
            <translation>Agregar decisión</translation>
        </message>
        <message>
            <source>Edit decision</source>
            <translation>Editar decisión</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n decision(s)</source>
            <translation>
                <numerusform>Quitar %n decisión</numerusform>
                <numerusform>Quitar %n decisiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Workshop files (*.reslab)</source>
            <translation>Archivos de taller (*.reslab)</translation>
        </message>
        <message>
            <source>JSON documents (*.json)</source>
            <translation>Documentos JSON (*.json)</translation>
        </message>
        <message>
            <source>Spreadsheet lists (*.csv *.txt)</source>
            <translation>Listas de hoja de cálculo (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Resiliency Lab</source>
            <translation>Resiliency Lab</translation>
        </message>
        <message>
            <source>Something went wrong inside the app (this is a bug): %1</source>
            <translation>Algo falló dentro de la aplicación (es un error del programa): %1</translation>
        </message>
        <message>
            <source>Your workshop file keeps every change saved before this message.</source>
            <translation>Tu archivo de taller conserva todos los cambios guardados antes de este mensaje.</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorOverlay</name>
        <message>
            <source>Facilitator</source>
            <translation>Facilitador/a</translation>
        </message>
        <message>
            <source>Hide (Ctrl+Shift+R)</source>
            <translation>Ocultar (Ctrl+Mayús+R)</translation>
        </message>
        <message>
            <source>Hide the facilitator's overlay</source>
            <translation>Ocultar el panel de facilitación</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Bienvenidas y bienvenidos</translation>
        </message>
        <message>
            <source>My board</source>
            <translation>Mi tablero</translation>
        </message>
        <message>
            <source>Freeze</source>
            <translation>Congelar</translation>
        </message>
        <message>
            <source>Voting</source>
            <translation>Votación</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Temporizador</translation>
        </message>
        <message>
            <source>Leave the presentation (F5)</source>
            <translation>Salir de la presentación (F5)</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Open Workshop</source>
            <translation>Abrir taller</translation>
        </message>
        <message>
            <source>No recent workshops</source>
            <translation>No hay talleres recientes</translation>
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation>Guardar una copia como</translation>
        </message>
        <message>
            <source>choose another name: this is the open workshop itself</source>
            <translation>elige otro nombre: es el mismo taller que está abierto</translation>
        </message>
        <message>
            <source>Copy saved to %1</source>
            <translation>Copia guardada en %1</translation>
        </message>
        <message>
            <source>Import JSON</source>
            <translation>Importar JSON</translation>
        </message>
        <message>
            <source>Save the Imported Workshop As</source>
            <translation>Guardar el taller importado como</translation>
        </message>
        <message>
            <source>Export JSON</source>
            <translation>Exportar JSON</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exportado a %1</translation>
        </message>
    </context>
    <context>
        <name>FileLock</name>
        <message>
            <source>on the computer %1</source>
            <translation>en la computadora %1</translation>
        </message>
        <message>
            <source>%1 is already open in another Resiliency Lab window (%2); close it there first</source>
            <translation>%1 ya está abierto en otra ventana de Resiliency Lab (%2); ciérralo ahí primero</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Facilitator's guide</source>
            <translation>Guía para facilitar</translation>
        </message>
    </context>
    <context>
        <name>InitiativesView</name>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Coordina</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Integrantes</translation>
        </message>
        <message>
            <source>Iterations and their boards</source>
            <translation>Iteraciones y sus tableros</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Indicator / audience · channel</source>
            <translation>Indicador / público · canal</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>Initiatives</source>
            <translation>Iniciativas</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Agregar…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Prototype → test plan</source>
            <translation>Prototipo → plan de prueba</translation>
        </message>
        <message>
            <source>Results → evaluation</source>
            <translation>Resultados → evaluación</translation>
        </message>
        <message>
            <source>Lessons → new iteration</source>
            <translation>Aprendizajes → nueva iteración</translation>
        </message>
        <message>
            <source>Add item…</source>
            <translation>Agregar acción…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marcar como hecho</translation>
        </message>
        <message>
            <source>Iteration %1</source>
            <translation>Iteración %1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Lead organization</source>
            <translation>Organización que coordina</translation>
        </message>
        <message>
            <source>Member organizations</source>
            <translation>Organizaciones integrantes</translation>
        </message>
        <message>
            <source>Add initiative</source>
            <translation>Agregar iniciativa</translation>
        </message>
        <message>
            <source>Edit initiative</source>
            <translation>Editar iniciativa</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n initiative(s)</source>
            <translation>
                <numerusform>Quitar %n iniciativa</numerusform>
                <numerusform>Quitar %n iniciativas</numerusform>
            </translation>
        </message>
        <message>
            <source>This initiative has no board to carry from yet.</source>
            <translation>Esta iniciativa todavía no tiene un tablero del cual partir.</translation>
        </message>
        <message>
            <source>Carry forward</source>
            <translation>Llevar al siguiente paso</translation>
        </message>
        <message>
            <source>Success indicator</source>
            <translation>Indicador de éxito</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Público</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Add to the action plan</source>
            <translation>Agregar al plan de acción</translation>
        </message>
        <message>
            <source>Edit the action plan</source>
            <translation>Editar el plan de acción</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n item(s)</source>
            <translation>
                <numerusform>Quitar %n acción</numerusform>
                <numerusform>Quitar %n acciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinCard</name>
        <message>
            <source>Vote from your phone</source>
            <translation>Vota desde tu teléfono</translation>
        </message>
        <message>
            <source>1. Join the room's Wi-Fi
2. Scan the code
3. Choose your name</source>
            <translation>1. Conéctate al wifi de la sala
2. Escanea el código
3. Elige tu nombre</translation>
        </message>
        <message>
            <source>Room code</source>
            <translation>Código de la sala</translation>
        </message>
    </context>
    <context>
        <name>KeyHint</name>
        <message>
            <source>Hide these keys</source>
            <translation>Ocultar estas teclas</translation>
        </message>
    </context>
    <context>
        <name>LabHooks</name>
        <message>
            <source>Open a board and select a note first.</source>
            <translation>Abre un tablero y selecciona primero una nota.</translation>
        </message>
        <message>
            <source>Select a note first.</source>
            <translation>Selecciona primero una nota.</translation>
        </message>
        <message>
            <source>Add an initiative first (Lab → Initiatives and action plans).</source>
            <translation>Agrega primero una iniciativa (Laboratorio → Iniciativas y planes de acción).</translation>
        </message>
        <message>
            <source>Carry ideas to the prototype</source>
            <translation>Llevar las ideas al prototipo</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
    </context>
    <context>
        <name>LabOverview</name>
        <message>
            <source>Pathway</source>
            <translation>Trayectoria</translation>
        </message>
        <message>
            <source>Do it</source>
            <translation>Hacerlo</translation>
        </message>
        <message>
            <source>Localization pathway: who decides in each step</source>
            <translation>Trayectoria de localización: quién decide en cada paso</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Recursos</translation>
        </message>
        <message>
            <source>Initiatives and action plans</source>
            <translation>Iniciativas y planes de acción</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <source>Learning log</source>
            <translation>Bitácora de aprendizaje</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message numerus="yes">
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n iniciativa</numerusform>
                <numerusform>%n iniciativas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>decided by local organizations overall: %1</source>
            <translation>decidido por las organizaciones locales en total: %1</translation>
        </message>
        <message>
            <source>Next, in step %1: %2</source>
            <translation>Lo que sigue, en el paso %1: %2</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <source>Mark step %1: %2</source>
            <translation>Marcar el paso %1: %2</translation>
        </message>
    </context>
    <context>
        <name>LearningView</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Initiative · iteration</source>
            <translation>Iniciativa · iteración</translation>
        </message>
        <message>
            <source>What we tried</source>
            <translation>Qué probamos</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <source>What we learned</source>
            <translation>Qué aprendimos</translation>
        </message>
        <message>
            <source>What we adapt</source>
            <translation>Qué adaptamos</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adoptada</translation>
        </message>
        <message>
            <source>Add entry…</source>
            <translation>Agregar entrada…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Adopt the adaptation</source>
            <translation>Adoptar la adaptación</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>iteration %1</source>
            <translation>iteración %1</translation>
        </message>
        <message>
            <source>Add to the learning log</source>
            <translation>Agregar a la bitácora</translation>
        </message>
        <message>
            <source>Edit the learning log</source>
            <translation>Editar la bitácora</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n entry(ies)</source>
            <translation>
                <numerusform>Quitar %n entrada</numerusform>
                <numerusform>Quitar %n entradas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LineageDialog</name>
        <message>
            <source>Where did this come from?</source>
            <translation>¿De dónde viene esto?</translation>
        </message>
        <message>
            <source>This note, and the notes it was carried from:</source>
            <translation>Esta nota y las notas de las que viene:</translation>
        </message>
        <message>
            <source>This note was not carried from another step.</source>
            <translation>Esta nota no viene de otro paso.</translation>
        </message>
        <message>
            <source>Carried on to:</source>
            <translation>Se llevó a:</translation>
        </message>
        <message>
            <source>Not carried on yet.</source>
            <translation>Todavía no se ha llevado a otro paso.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Main Toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <source>This workshop is open read-only (the file or its folder cannot be written). Use File ▸ Save a Copy As… to keep working on a copy.</source>
            <translation>Este taller está abierto solo para lectura (no se puede escribir en el archivo o en su carpeta). Usa Archivo ▸ Guardar una copia como… para seguir trabajando en una copia.</translation>
        </message>
        <message>
            <source>Every change is saved as you work</source>
            <translation>Cada cambio se guarda mientras trabajas</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nuevo…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Renombrar…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Deshacer %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rehacer %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Kept in memory only %1: save a copy</source>
            <translation>Solo en memoria %1: guarda una copia</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Guardado %1</translation>
        </message>
        <message>
            <source>The workshop file cannot be written any more; your work continues in memory. Use File ▸ Save a Copy As… now to keep it.</source>
            <translation>Ya no se puede escribir en el archivo del taller; tu trabajo sigue en memoria. Usa ahora Archivo ▸ Guardar una copia como… para conservarlo.</translation>
        </message>
        <message>
            <source> (read-only)</source>
            <translation> (solo lectura)</translation>
        </message>
        <message>
            <source> (not saved: the file cannot be written)</source>
            <translation> (sin guardar: no se puede escribir en el archivo)</translation>
        </message>
        <message>
            <source>About Resiliency Lab</source>
            <translation>Acerca de Resiliency Lab</translation>
        </message>
        <message>
            <source>Resiliency Lab Desktop %1
Offline boards, dot-voting and reports for the workshops of Learning Communities.</source>
            <translation>Resiliency Lab Desktop %1
Tableros sin conexión, votación con puntos e informes para los talleres de las comunidades de aprendizaje.</translation>
        </message>
    </context>
    <context>
        <name>NewBoardDialog</name>
        <message>
            <source>New Board</source>
            <translation>Nuevo tablero</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Board title</source>
            <translation>Título del tablero</translation>
        </message>
        <message>
            <source>Blank board</source>
            <translation>Tablero en blanco</translation>
        </message>
        <message>
            <source>Create Board</source>
            <translation>Crear tablero</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Plantilla:</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;ítulo:</translation>
        </message>
        <message>
            <source>An empty board without zones.</source>
            <translation>Un tablero vacío, sin zonas.</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New Workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <source>Workshop title</source>
            <translation>Título del taller</translation>
        </message>
        <message>
            <source>e.g. Laboratorio de Resiliencia Mérida 2026</source>
            <translation>p. ej. Laboratorio de Resiliencia Mérida 2026</translation>
        </message>
        <message>
            <source>Workshop language</source>
            <translation>Idioma del taller</translation>
        </message>
        <message>
            <source>Workshop file</source>
            <translation>Archivo del taller</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>%1: cannot create the folder (%2)</source>
            <translation>%1: no se puede crear la carpeta (%2)</translation>
        </message>
        <message>
            <source>New Workshop File</source>
            <translation>Nuevo archivo de taller</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>Remove a dot</source>
            <translation>Quitar un punto</translation>
        </message>
        <message>
            <source>Add a dot</source>
            <translation>Agregar un punto</translation>
        </message>
        <message>
            <source>%1: %2 of your dots</source>
            <translation>%1: %2 de tus puntos</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
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
            <translation>Conteo en papel — %1</translation>
        </message>
        <message>
            <source>Type the number of dots on each note. Tab or Enter goes to the next one.</source>
            <translation>Escribe el número de puntos de cada nota. Tab o Intro pasa a la siguiente.</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Save anyway (the warning stays in the round's log)</source>
            <translation>Guardar de todos modos (el aviso queda en el registro de la ronda)</translation>
        </message>
        <message numerus="yes">
            <source>Total: %1 of %n dot(s) handed out (%2 voters × %3)</source>
            <translation>
                <numerusform>Total: %1 de %n punto repartido (%2 personas × %3)</numerusform>
                <numerusform>Total: %1 de %n puntos repartidos (%2 personas × %3)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>(no organization)</source>
            <translation>(sin organización)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>&amp;Organization:</source>
            <translation>&amp;Organización:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
    </context>
    <context>
        <name>PathwayChart</name>
        <message>
            <source>Locally-led</source>
            <translation>Liderado localmente</translation>
        </message>
        <message>
            <source>Facilitator-led</source>
            <translation>Liderado por el equipo facilitador</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Compartido</translation>
        </message>
    </context>
    <context>
        <name>PdfExport</name>
        <message>
            <source>Session report</source>
            <translation>Informe de la sesión</translation>
        </message>
        <message>
            <source>Blank worksheets</source>
            <translation>Hojas de trabajo en blanco</translation>
        </message>
        <message>
            <source>Vote tally sheet</source>
            <translation>Hoja de conteo de votos</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Lista de asistencia</translation>
        </message>
        <message>
            <source>Board poster (several sheets)</source>
            <translation>Póster del tablero (varias hojas)</translation>
        </message>
        <message>
            <source>report</source>
            <extracomment>The kind's word in a suggested file name.</extracomment>
            <translation>informe</translation>
        </message>
        <message>
            <source>worksheets</source>
            <translation>hojas de trabajo</translation>
        </message>
        <message>
            <source>tally sheet</source>
            <translation>hoja de conteo</translation>
        </message>
        <message>
            <source>sign-in sheet</source>
            <translation>lista de asistencia</translation>
        </message>
        <message>
            <source>poster</source>
            <translation>póster</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Legal</source>
            <translation>Oficio</translation>
        </message>
        <message>
            <source>Tabloid</source>
            <translation>Tabloide</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PdfExportDialog</name>
        <message>
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Exportar PDF</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Documento:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>&amp;Sections:</source>
            <translation>&amp;Secciones:</translation>
        </message>
        <message>
            <source>All templates</source>
            <translation>Todas las plantillas</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Plantilla:</translation>
        </message>
        <message>
            <source>&amp;Voting round:</source>
            <translation>&amp;Ronda de votación:</translation>
        </message>
        <message>
            <source>&amp;Board:</source>
            <translation>&amp;Tablero:</translation>
        </message>
        <message>
            <source>S&amp;heets:</source>
            <translation>&amp;Hojas:</translation>
        </message>
        <message>
            <source>Whole workshop</source>
            <translation>Todo el taller</translation>
        </message>
        <message>
            <source>S&amp;ession:</source>
            <translation>S&amp;esión:</translation>
        </message>
        <message>
            <source>&amp;Open when done</source>
            <translation>&amp;Abrir al terminar</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialogs</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People and organizations</source>
            <translation>Personas y organizaciones</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Organizaciones</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Agregar…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importar CSV…</translation>
        </message>
        <message>
            <source>Filter by name, organization or role</source>
            <translation>Filtrar por nombre, organización o rol</translation>
        </message>
        <message>
            <source>Filter participants</source>
            <translation>Filtrar participantes</translation>
        </message>
        <message>
            <source>&amp;Organizations (%1)</source>
            <translation>&amp;Organizaciones (%1)</translation>
        </message>
        <message>
            <source>&amp;Participants (%1)</source>
            <translation>&amp;Participantes (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organización</numerusform>
                <numerusform>%n organizaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message>
            <source>Import a Sign-up List</source>
            <translation>Importar una lista de asistencia</translation>
        </message>
    </context>
    <context>
        <name>PhaseNavigator</name>
        <message>
            <source>Phases and boards</source>
            <translation>Pasos y tableros</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Boards of the selected phase</source>
            <translation>Tableros del paso seleccionado</translation>
        </message>
        <message>
            <source>&amp;Phases</source>
            <translation>&amp;Pasos</translation>
        </message>
        <message>
            <source>&amp;Boards</source>
            <translation>&amp;Tableros</translation>
        </message>
        <message numerus="yes">
            <source>%n board(s)</source>
            <translation>
                <numerusform>%n tablero</numerusform>
                <numerusform>%n tableros</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Boards of %1</source>
            <translation>&amp;Tableros de %1</translation>
        </message>
        <message>
            <source>Rename Board</source>
            <translation>Renombrar tablero</translation>
        </message>
        <message>
            <source>New title:</source>
            <translation>Título nuevo:</translation>
        </message>
        <message>
            <source>Board deleted; Undo brings it back</source>
            <translation>Tablero eliminado; Deshacer lo recupera</translation>
        </message>
    </context>
    <context>
        <name>PhoneNotes</name>
        <message numerus="yes">
            <source>Accept %n phone note(s)</source>
            <translation>
                <numerusform>Aceptar %n nota de teléfono</numerusform>
                <numerusform>Aceptar %n notas de teléfonos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reject %n phone note(s)</source>
            <translation>
                <numerusform>Descartar %n nota de teléfono</numerusform>
                <numerusform>Descartar %n notas de teléfonos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhoneNotesBox</name>
        <message>
            <source>Notes from phones</source>
            <translation>Notas de teléfonos</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Aceptar</translation>
        </message>
        <message>
            <source>&amp;Edit and accept…</source>
            <translation>&amp;Editar y aceptar…</translation>
        </message>
        <message>
            <source>&amp;Merge into one…</source>
            <translation>&amp;Unir en una…</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Accept a&amp;ll</source>
            <translation>Aceptar &amp;todas</translation>
        </message>
        <message>
            <source>Reject all</source>
            <translation>Descartar todas</translation>
        </message>
        <message>
            <source>Notes from phones waiting for you</source>
            <translation>Notas de teléfonos que esperan tu revisión</translation>
        </message>
        <message>
            <source>&amp;Session:</source>
            <translation>&amp;Sesión:</translation>
        </message>
        <message>
            <source>Session whose attendance phones take</source>
            <translation>Sesión cuya asistencia se registra desde los teléfonos</translation>
        </message>
        <message>
            <source>No board takes notes from phones. On a board: Room ▸ Receive Notes from Phones.</source>
            <translation>Ningún tablero recibe notas de teléfonos. En un tablero: Sala ▸ Recibir notas de teléfonos.</translation>
        </message>
        <message>
            <source>moderated</source>
            <translation>con revisión</translation>
        </message>
        <message>
            <source>straight to the board</source>
            <translation>directo al tablero</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anónimas</translation>
        </message>
        <message>
            <source>Taking notes from phones: %1</source>
            <translation>Reciben notas de teléfonos: %1</translation>
        </message>
        <message>
            <source>The room is closed: open it to phones (above) so that phones can write.</source>
            <translation>La sala está cerrada: ábrela a los teléfonos (arriba) para que puedan escribir.</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for you: %n note(s)</source>
            <translation>
                <numerusform>Esperan tu revisión: %n nota</numerusform>
                <numerusform>Esperan tu revisión: %n notas</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop taking attendance from phones</source>
            <translation>Dejar de tomar asistencia desde los teléfonos</translation>
        </message>
        <message>
            <source>Take attendance from phones</source>
            <translation>Tomar asistencia desde los teléfonos</translation>
        </message>
        <message>
            <source>Checked in: %1 (%2 from their phones)</source>
            <translation>Registradas: %1 (%2 desde su teléfono)</translation>
        </message>
        <message>
            <source>No session yet (Lab ▸ Sessions).</source>
            <translation>Todavía no hay sesiones (Laboratorio ▸ Sesiones).</translation>
        </message>
        <message>
            <source>Edit and accept</source>
            <translation>Editar y aceptar</translation>
        </message>
        <message>
            <source>Text of the note:</source>
            <translation>Texto de la nota:</translation>
        </message>
        <message>
            <source>Edit and accept a phone note</source>
            <translation>Editar y aceptar una nota de teléfono</translation>
        </message>
        <message>
            <source>Merge into one note</source>
            <translation>Unir en una sola nota</translation>
        </message>
        <message>
            <source>Text of the merged note:</source>
            <translation>Texto de la nota unida:</translation>
        </message>
        <message numerus="yes">
            <source>Merge %n phone note(s)</source>
            <translation>
                <numerusform>Unir %n nota de teléfono</numerusform>
                <numerusform>Unir %n notas de teléfonos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhoneNotesDialog</name>
        <message>
            <source>Receive notes from phones</source>
            <translation>Recibir notas de teléfonos</translation>
        </message>
        <message>
            <source>Participants write on their phones; their notes come to «%1».</source>
            <translation>Las personas escriben en sus teléfonos; sus notas llegan a «%1».</translation>
        </message>
        <message>
            <source>Each phone chooses a zone</source>
            <translation>Cada teléfono elige una zona</translation>
        </message>
        <message>
            <source>The whole board</source>
            <translation>Todo el tablero</translation>
        </message>
        <message>
            <source>(untitled zone)</source>
            <translation>(zona sin título)</translation>
        </message>
        <message>
            <source>Notes &amp;land in:</source>
            <translation>Las notas &amp;llegan a:</translation>
        </message>
        <message>
            <source>&amp;Question on the phones:</source>
            <translation>&amp;Pregunta en los teléfonos:</translation>
        </message>
        <message>
            <source>One color per zone</source>
            <translation>Un color por zona</translation>
        </message>
        <message>
            <source>One color per person</source>
            <translation>Un color por persona</translation>
        </message>
        <message>
            <source>All the same color</source>
            <translation>Todas del mismo color</translation>
        </message>
        <message>
            <source>&amp;Colors:</source>
            <translation>&amp;Colores:</translation>
        </message>
        <message>
            <source>C&amp;olor:</source>
            <translation>C&amp;olor:</translation>
        </message>
        <message>
            <source>&amp;Moderate: notes wait in the console until I accept them</source>
            <translation>&amp;Revisar: las notas esperan en la consola hasta que yo las acepte</translation>
        </message>
        <message>
            <source>&amp;Anonymous: keep no names (the file will not say who wrote what)</source>
            <translation>&amp;Anónimas: sin nombres (el archivo no dirá quién escribió qué)</translation>
        </message>
        <message>
            <source>Show the author's &amp;name on each note</source>
            <translation>Mostrar el &amp;nombre de quien la escribió en cada nota</translation>
        </message>
        <message>
            <source>Phones may &amp;read the board (a list of its notes)</source>
            <translation>Los teléfonos pueden &amp;leer el tablero (una lista de sus notas)</translation>
        </message>
        <message>
            <source>Start receiving</source>
            <translation>Empezar a recibir</translation>
        </message>
        <message>
            <source>e.g. What does Dani say?</source>
            <translation>p. ej., ¿Qué dice Dani?</translation>
        </message>
    </context>
    <context>
        <name>PhoneRoom</name>
        <message>
            <source>This laptop is not connected to any network, so phones cannot reach it. Connect it to the room's Wi-Fi or travel router (or turn on the laptop's hotspot), then press "Look for networks again".</source>
            <translation>Esta computadora no está conectada a ninguna red, así que los teléfonos no pueden llegar a ella. Conéctala al wifi de la sala o al router de viaje (o activa el punto de acceso de la computadora) y pulsa «Buscar redes otra vez».</translation>
        </message>
        <message>
            <source>127.0.0.1 is this laptop only: phones cannot reach it. Choose the Wi-Fi's address in the Network list (usually 192.168… or 10…).</source>
            <translation>127.0.0.1 es solo esta computadora: los teléfonos no pueden llegar a ella. Elige la dirección del wifi en la lista Red (suele empezar por 192.168… o 10…).</translation>
        </message>
        <message>
            <source>This address is not a local network's: phones on the room's Wi-Fi may not reach it. Choose the Wi-Fi address (usually 192.168… or 10…).</source>
            <translation>Esta dirección no es de una red local: los teléfonos en el wifi de la sala quizá no la alcancen. Elige la dirección del wifi (casi siempre 192.168… o 10…).</translation>
        </message>
        <message>
            <source>No phone has reached the laptop yet. Check that the phones are on the same Wi-Fi as this laptop (not on mobile data), and that the address in the QR code is the Wi-Fi's. Some venue networks keep devices apart: use a travel router or the laptop's hotspot.</source>
            <translation>Ningún teléfono ha llegado a la computadora todavía. Revisa que los teléfonos estén en el mismo wifi que esta computadora (no con datos móviles) y que la dirección del código QR sea la del wifi. Algunas redes de los lugares aíslan a los equipos: usa un router de viaje o el punto de acceso de la computadora.</translation>
        </message>
        <message>
            <source>On Windows, allow Resiliency Lab through the firewall and set this network to "Private" (Settings ▸ Network ▸ Properties).</source>
            <translation>En Windows, permite Resiliency Lab en el firewall y marca esta red como «Privada» (Configuración ▸ Red ▸ Propiedades).</translation>
        </message>
        <message>
            <source>On a Mac, allow incoming connections for Resiliency Lab (System Settings ▸ Network ▸ Firewall ▸ Options).</source>
            <translation>En una Mac, permite las conexiones entrantes para Resiliency Lab (Ajustes del Sistema ▸ Red ▸ Firewall ▸ Opciones).</translation>
        </message>
        <message>
            <source>If this laptop has a firewall, allow incoming connections on port %1.</source>
            <translation>Si esta computadora tiene un firewall, permite las conexiones entrantes en el puerto %1.</translation>
        </message>
    </context>
    <context>
        <name>PhonesBox</name>
        <message>
            <source>Phones</source>
            <translation>Teléfonos</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Red:</translation>
        </message>
        <message>
            <source>The laptop's address on the room's network</source>
            <translation>La dirección de la computadora en la red de la sala</translation>
        </message>
        <message>
            <source>Look for networks again</source>
            <translation>Buscar redes otra vez</translation>
        </message>
        <message>
            <source>People not on the list may join by typing their name</source>
            <translation>Quien no está en la lista puede entrar escribiendo su nombre</translation>
        </message>
        <message>
            <source>Show the QR code on the audience screen</source>
            <translation>Mostrar el código QR en la pantalla del público</translation>
        </message>
        <message>
            <source>Remove the selected phone</source>
            <translation>Quitar el teléfono seleccionado</translation>
        </message>
        <message>
            <source>Phones in the room</source>
            <translation>Teléfonos en la sala</translation>
        </message>
        <message>
            <source>Open rounds phones can vote in (unticked: the shared screen only):</source>
            <translation>Rondas abiertas en las que votan los teléfonos (sin marca: solo en la pantalla compartida):</translation>
        </message>
        <message>
            <source>Open rounds phones can vote in</source>
            <translation>Rondas abiertas en las que votan los teléfonos</translation>
        </message>
        <message>
            <source>127.0.0.1 (this laptop only)</source>
            <translation>127.0.0.1 (solo esta computadora)</translation>
        </message>
        <message>
            <source>The room could not open: %1</source>
            <translation>No se pudo abrir la sala: %1</translation>
        </message>
        <message>
            <source>Close the room</source>
            <translation>Cerrar la sala</translation>
        </message>
        <message>
            <source>Open the room to phones</source>
            <translation>Abrir la sala a teléfonos</translation>
        </message>
        <message>
            <source>QR code of %1</source>
            <translation>Código QR de %1</translation>
        </message>
        <message>
            <source>%1
Room code: %2</source>
            <translation>%1
Código de la sala: %2</translation>
        </message>
        <message>
            <source>%1 (%2 phones)</source>
            <translation>%1 (%2 teléfonos)</translation>
        </message>
        <message>
            <source>Joined: %1 people, %2 phones</source>
            <translation>Entraron: %1 personas, %2 teléfonos</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Type it again:</source>
            <translation>Escríbelo otra vez:</translation>
        </message>
        <message>
            <source>Use at least 4 digits.</source>
            <translation>Usa al menos 4 dígitos.</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
    </context>
    <context>
        <name>Presenter</name>
        <message>
            <source>The voting round is locked: unlock it to leave the screen.</source>
            <translation>La ronda de votación está bloqueada: desbloquéala para salir de la pantalla.</translation>
        </message>
        <message>
            <source>Audience screen moved to %1.</source>
            <translation>La pantalla del público pasó a %1.</translation>
        </message>
        <message>
            <source>The projector was disconnected; the vote stays on this screen.</source>
            <translation>Se desconectó el proyector; la votación sigue en esta pantalla.</translation>
        </message>
        <message>
            <source>The projector was disconnected; the presentation ended.</source>
            <translation>Se desconectó el proyector; la presentación terminó.</translation>
        </message>
        <message>
            <source>Open a board first.</source>
            <translation>Primero abre un tablero.</translation>
        </message>
    </context>
    <context>
        <name>QCoreApplication</name>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
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
            <translation>Resiliency Lab se recuperó de un cierre inesperado.</translation>
        </message>
        <message>
            <source>Everything was saved as it happened, typed text included: “%1” is open again as you left it.</source>
            <translation>Todo se guardó al momento, también el texto que estabas escribiendo: «%1» está abierto otra vez como lo dejaste.</translation>
        </message>
        <message>
            <source>Everything was saved as it happened, typed text included. Reopen “%1”?</source>
            <translation>Todo se guardó al momento, también el texto que estabas escribiendo. ¿Volver a abrir «%1»?</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Volver a abrir</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
    </context>
    <context>
        <name>ResourcesView</name>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Initiative</source>
            <translation>Iniciativa</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Necesario</translation>
        </message>
        <message>
            <source>Pledged</source>
            <translation>Comprometido</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Faltante</translation>
        </message>
        <message>
            <source>Add pledge…</source>
            <translation>Agregar compromiso…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmar</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Add need…</source>
            <translation>Agregar necesidad…</translation>
        </message>
        <message>
            <source>Who gives what</source>
            <translation>Quién aporta qué</translation>
        </message>
        <message>
            <source>What each initiative needs</source>
            <translation>Lo que necesita cada iniciativa</translation>
        </message>
        <message>
            <source>Totals pledged</source>
            <translation>Totales comprometidos</translation>
        </message>
        <message>
            <source>Needs, pledges and gaps per initiative</source>
            <translation>Necesidades, compromisos y faltantes por iniciativa</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>No pledges yet.</source>
            <translation>Todavía no hay compromisos.</translation>
        </message>
        <message>
            <source>confirmed: %1</source>
            <translation>confirmado: %1</translation>
        </message>
        <message>
            <source>not confirmed yet: %1</source>
            <translation>sin confirmar: %1</translation>
        </message>
        <message>
            <source>Unit (hours or days; currency for funding)</source>
            <translation>Unidad (horas o días; moneda para el financiamiento)</translation>
        </message>
        <message>
            <source>Add pledge</source>
            <translation>Agregar compromiso</translation>
        </message>
        <message>
            <source>Edit pledge</source>
            <translation>Editar compromiso</translation>
        </message>
        <message>
            <source>Confirm pledges</source>
            <translation>Confirmar compromisos</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n pledge(s)</source>
            <translation>
                <numerusform>Quitar %n compromiso</numerusform>
                <numerusform>Quitar %n compromisos</numerusform>
            </translation>
        </message>
        <message>
            <source>Add need</source>
            <translation>Agregar necesidad</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n need(s)</source>
            <translation>
                <numerusform>Quitar %n necesidad</numerusform>
                <numerusform>Quitar %n necesidades</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message>
            <source>Top</source>
            <translation>Primeras</translation>
        </message>
        <message>
            <source>Runoff among the tied notes</source>
            <translation>Desempate entre las notas empatadas</translation>
        </message>
        <message>
            <source>Take the top K to the next phase</source>
            <translation>Llevar las más votadas al siguiente paso</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrada</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Porcentaje</translation>
        </message>
        <message>
            <source>Tied</source>
            <translation>Empate</translation>
        </message>
        <message numerus="yes">
            <source>%1 notes tied for the last %n place(s).</source>
            <translation>
                <numerusform>Hay %1 notas empatadas en el último lugar.</numerusform>
                <numerusform>Hay %1 notas empatadas en los últimos %n lugares.</numerusform>
            </translation>
        </message>
        <message>
            <source>a new phase-3 board</source>
            <translation>un tablero nuevo del paso 3</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n dot(s) counted on paper</source>
            <translation>
                <numerusform>%1 · %n punto contado en papel</numerusform>
                <numerusform>%1 · %n puntos contados en papel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n dot(s) · %2 of %3 voters voted on screen</source>
            <translation>
                <numerusform>%1 · %n punto · %2 de %3 personas votaron en pantalla</numerusform>
                <numerusform>%1 · %n puntos · %2 de %3 personas votaron en pantalla</numerusform>
            </translation>
        </message>
        <message>
            <source>(deleted since)</source>
            <translation>(eliminada después)</translation>
        </message>
        <message>
            <source>(now: %1)</source>
            <translation>(ahora: %1)</translation>
        </message>
        <message>
            <source>No tie at the cut-off.</source>
            <translation>No hay empate en el corte.</translation>
        </message>
    </context>
    <context>
        <name>RoomConsole</name>
        <message>
            <source>Welcome card</source>
            <translation>Bienvenida</translation>
        </message>
        <message>
            <source>Board (live)</source>
            <translation>Tablero (en vivo)</translation>
        </message>
        <message>
            <source>Frozen board</source>
            <translation>Tablero congelado</translation>
        </message>
        <message>
            <source>Voting screen</source>
            <translation>Pantalla de votación</translation>
        </message>
        <message>
            <source>Timer</source>
            <translation>Temporizador</translation>
        </message>
        <message>
            <source>Facilitator console</source>
            <translation>Consola de facilitación</translation>
        </message>
        <message>
            <source>Send to the screen</source>
            <translation>Enviar a la pantalla</translation>
        </message>
        <message>
            <source>Show on the audience screen: %1</source>
            <translation>Mostrar en la pantalla del público: %1</translation>
        </message>
        <message>
            <source>Preview of the audience screen</source>
            <translation>Vista previa de la pantalla del público</translation>
        </message>
        <message>
            <source>&amp;Audience screen:</source>
            <translation>&amp;Pantalla del público:</translation>
        </message>
        <message>
            <source>Audience screen</source>
            <translation>Pantalla del público</translation>
        </message>
        <message>
            <source>Voting progress</source>
            <translation>Avance de la votación</translation>
        </message>
        <message>
            <source>Facilitator notes (only on this screen)</source>
            <translation>Notas de facilitación (solo en esta pantalla)</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Notas de facilitación</translation>
        </message>
        <message>
            <source>Reminders for the facilitating team. Never projected.</source>
            <translation>Recordatorios para el equipo facilitador. Nunca se proyectan.</translation>
        </message>
        <message>
            <source>On the screen: %1</source>
            <translation>En la pantalla: %1</translation>
        </message>
        <message>
            <source>End presentation (Esc)</source>
            <translation>Terminar la presentación (Esc)</translation>
        </message>
        <message>
            <source>Start presentation (F5)</source>
            <translation>Iniciar la presentación (F5)</translation>
        </message>
        <message>
            <source>«%1»: stickers on paper; type the counts in the tally grid.</source>
            <translation>«%1»: puntos de papel; escribe los conteos en la tabla de conteo.</translation>
        </message>
        <message>
            <source>«%1»: %2 of %3 have voted.</source>
            <translation>«%1»: han votado %2 de %3.</translation>
        </message>
        <message>
            <source>Still to vote: %1</source>
            <translation>Faltan por votar: %1</translation>
        </message>
        <message>
            <source>No voting round is open.</source>
            <translation>No hay ninguna ronda de votación abierta.</translation>
        </message>
    </context>
    <context>
        <name>RosterImportDialog</name>
        <message>
            <source>Import %1</source>
            <translation>Importar %1</translation>
        </message>
        <message>
            <source>Rows of the list</source>
            <translation>Filas de la lista</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>%1 (new%2)</source>
            <translation>%1 (nueva%2)</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>lista</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Línea %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Import %n participant(s)</source>
            <translation>
                <numerusform>Importar %n participante</numerusform>
                <numerusform>Importar %n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) will be added</source>
            <translation>
                <numerusform>Se agregará %n participante</numerusform>
                <numerusform>Se agregarán %n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new organization(s)</source>
            <translation>
                <numerusform>%n organización nueva</numerusform>
                <numerusform>%n organizaciones nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with a problem (in red) will be skipped; fix them in the spreadsheet and import again if needed.</source>
            <translation>
                <numerusform>Se omitirá %n fila con un problema (en rojo); corrígela en la hoja de cálculo e importa de nuevo si hace falta.</numerusform>
                <numerusform>Se omitirán %n filas con un problema (en rojo); corrígelas en la hoja de cálculo e importa de nuevo si hace falta.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundSetupDialog</name>
        <message>
            <source>Voting round</source>
            <translation>Ronda de votación</translation>
        </message>
        <message>
            <source>Voting round settings</source>
            <translation>Ajustes de la ronda de votación</translation>
        </message>
        <message>
            <source>e.g. Which challenges should we tackle together first?</source>
            <translation>p. ej. ¿Qué retos atendemos juntas y juntos primero?</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>All notes of the board (%1)</source>
            <translation>Todas las notas del tablero (%1)</translation>
        </message>
        <message>
            <source>The notes in a zone:</source>
            <translation>Las notas de una zona:</translation>
        </message>
        <message>
            <source>The selected notes (%1)</source>
            <translation>Las notas seleccionadas (%1)</translation>
        </message>
        <message>
            <source>The chosen notes (%1)</source>
            <translation>Las notas elegidas (%1)</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>Puntos por persona</translation>
        </message>
        <message>
            <source>Most dots on one note</source>
            <translation>Máximo de puntos en una nota</translation>
        </message>
        <message>
            <source>People on the roster:</source>
            <translation>Personas de la lista:</translation>
        </message>
        <message>
            <source>Anonymous voters:</source>
            <translation>Personas anónimas:</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Quién vota</translation>
        </message>
        <message>
            <source>Secret, one by one on the shared screen</source>
            <translation>Secreta, una por una en la pantalla compartida</translation>
        </message>
        <message>
            <source>Open: dots appear live</source>
            <translation>Abierta: los puntos aparecen en vivo</translation>
        </message>
        <message>
            <source>Paper stickers, counted afterwards</source>
            <translation>Calcomanías en papel, contadas después</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Hide the results until they are revealed</source>
            <translation>Ocultar los resultados hasta revelarlos</translation>
        </message>
        <message>
            <source>Two criteria (a 2×2 matrix)</source>
            <translation>Dos criterios (una matriz de 2×2)</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criterios</translation>
        </message>
        <message>
            <source>Timer (minutes):</source>
            <translation>Temporizador (minutos):</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tiempo</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presentes</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>Registro de asistencia</translation>
        </message>
        <message>
            <source>Add session…</source>
            <translation>Agregar sesión…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>No agenda points yet (Edit… adds them).</source>
            <translation>Todavía no hay puntos en la agenda (Editar… los agrega).</translation>
        </message>
        <message>
            <source>Choose a session to see its agenda.</source>
            <translation>Elige una sesión para ver su agenda.</translation>
        </message>
        <message>
            <source>Check-in: %1 present</source>
            <translation>Registro de asistencia: %1 presentes</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Registrar asistencia</translation>
        </message>
        <message>
            <source>Check out</source>
            <translation>Quitar asistencia</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>Agregar sesión</translation>
        </message>
        <message>
            <source>Edit session</source>
            <translation>Editar sesión</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n session(s)</source>
            <translation>
                <numerusform>Quitar %n sesión</numerusform>
                <numerusform>Quitar %n sesiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Automatic (the other screen)</source>
            <translation>Automática (la otra pantalla)</translation>
        </message>
        <message>
            <source>Main window position and size</source>
            <translation>Posición y tamaño de la ventana principal</translation>
        </message>
        <message>
            <source>Main window toolbars and docks</source>
            <translation>Barras y paneles de la ventana principal</translation>
        </message>
        <message>
            <source>Width of the phase navigator</source>
            <translation>Ancho del navegador de fases</translation>
        </message>
        <message>
            <source>Start screen position and size</source>
            <translation>Posición y tamaño de la pantalla de inicio</translation>
        </message>
        <message>
            <source>Recently opened workshops</source>
            <translation>Talleres abiertos recientemente</translation>
        </message>
        <message>
            <source>Last folder used in file dialogs</source>
            <translation>Última carpeta usada al abrir o guardar</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>El del sistema</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Projector (high contrast)</source>
            <translation>Proyector (alto contraste)</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tamaño del texto</translation>
        </message>
        <message>
            <source>Small (90 %)</source>
            <translation>Pequeño (90 %)</translation>
        </message>
        <message>
            <source>Normal (100 %)</source>
            <translation>Normal (100 %)</translation>
        </message>
        <message>
            <source>Large (125 %)</source>
            <translation>Grande (125 %)</translation>
        </message>
        <message>
            <source>Larger (150 %)</source>
            <translation>Más grande (150 %)</translation>
        </message>
        <message>
            <source>Huge (200 %)</source>
            <translation>Enorme (200 %)</translation>
        </message>
        <message>
            <source>Audience screen</source>
            <translation>Pantalla del público</translation>
        </message>
        <message>
            <source>Room</source>
            <translation>Sala</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>Notas de facilitación</translation>
        </message>
        <message>
            <source>Automatic backup every (minutes)</source>
            <translation>Respaldo automático cada (minutos)</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Respaldos</translation>
        </message>
        <message>
            <source>Workshops open when the app last ran</source>
            <translation>Talleres abiertos la última vez que se usó la aplicación</translation>
        </message>
        <message>
            <source>Facilitator PIN (hash)</source>
            <translation>PIN de facilitación (hash)</translation>
        </message>
        <message>
            <source>Hide the room's key hint</source>
            <translation>Ocultar las teclas de la sala</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Type to filter…</source>
            <translation>Escribe para filtrar…</translation>
        </message>
        <message>
            <source>Filter the shortcuts</source>
            <translation>Filtrar los atajos</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
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
            <translation>Tableros, votación con puntos e informes para los talleres de una comunidad de aprendizaje. Todo se guarda en un archivo .reslab mientras trabajas.</translation>
        </message>
        <message>
            <source>&amp;New Workshop…</source>
            <translation>&amp;Nuevo taller…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Workshop</source>
            <translation>Abrir el taller de &amp;demostración</translation>
        </message>
        <message>
            <source>&amp;Import JSON…</source>
            <translation>&amp;Importar JSON…</translation>
        </message>
        <message>
            <source>Make a new workshop file from a JSON document and open it</source>
            <translation>Crear un archivo de taller a partir de un documento JSON y abrirlo</translation>
        </message>
        <message>
            <source>Facilitator's &amp;guide</source>
            <translation>&amp;Guía para facilitar</translation>
        </message>
        <message>
            <source>How to run a lab day: before, during and after the workshop</source>
            <translation>Cómo llevar un día de laboratorio: antes, durante y después del taller</translation>
        </message>
        <message>
            <source>&amp;Recent workshops</source>
            <translation>Talleres &amp;recientes</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Talleres recientes</translation>
        </message>
        <message>
            <source>Workshops you open appear here.</source>
            <translation>Aquí aparecen los talleres que abras.</translation>
        </message>
    </context>
    <context>
        <name>StepCard</name>
        <message>
            <source>Status of step %1</source>
            <extracomment>What changes what the overview shows (counts, statuses, localization, suggestion). Suggestions the shell performs through its action table. Suggestions that open one of the overview's own tabs.</extracomment>
            <translation>Estado del paso %1</translation>
        </message>
        <message numerus="yes">
            <source>%n board(s)</source>
            <translation>
                <numerusform>%n tablero</numerusform>
                <numerusform>%n tableros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n nota</numerusform>
                <numerusform>%n notas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote round(s)</source>
            <translation>
                <numerusform>%n ronda de votación</numerusform>
                <numerusform>%n rondas de votación</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n decisión</numerusform>
                <numerusform>%n decisiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pledge(s)</source>
            <translation>
                <numerusform>%n compromiso</numerusform>
                <numerusform>%n compromisos</numerusform>
            </translation>
        </message>
        <message>
            <source>Decided locally: %1</source>
            <translation>Decidido localmente: %1</translation>
        </message>
        <message>
            <source>Work started here: mark it “%1”</source>
            <translation>Ya hay trabajo aquí: marcar «%1»</translation>
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
                <numerusform>Poner el temporizador en %n minuto</numerusform>
                <numerusform>Poner el temporizador en %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Custom minutes:</source>
            <translation>&amp;Otros minutos:</translation>
        </message>
        <message>
            <source>Custom minutes</source>
            <translation>Otros minutos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Poner</translation>
        </message>
        <message>
            <source>Set the timer to the custom minutes</source>
            <translation>Poner el temporizador en esos minutos</translation>
        </message>
        <message>
            <source>+1 min</source>
            <translation>+1 min</translation>
        </message>
        <message>
            <source>Add one minute</source>
            <translation>Agregar un minuto</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <source>Reset the timer</source>
            <translation>Reiniciar el temporizador</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
    </context>
    <context>
        <name>TimerFace</name>
        <message>
            <source>Timer</source>
            <translation>Temporizador</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Unlock with the facilitator PIN…</source>
            <translation>Desbloquear con el PIN de facilitación…</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <source>Facilitator PIN:</source>
            <translation>PIN de facilitación:</translation>
        </message>
        <message>
            <source>Wrong PIN.</source>
            <translation>PIN incorrecto.</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitador/a</translation>
        </message>
        <message>
            <source>Facilitator PIN</source>
            <translation>PIN de facilitación</translation>
        </message>
        <message>
            <source>Choose a PIN to lock the shared screen while people vote. Only you can unlock it, close the round or leave the voting screen.</source>
            <translation>Elige un PIN para bloquear la pantalla compartida mientras la gente vota. Solo tú podrás desbloquearla, cerrar la ronda o salir de la pantalla de votación.</translation>
        </message>
        <message>
            <source>People voted on this in %1. Closed rounds keep their results as they were; an open round loses these dots. Delete anyway?</source>
            <translation>Se votó por esto en %1. Las rondas cerradas conservan sus resultados tal como quedaron; una ronda abierta pierde estos puntos. ¿Eliminar de todos modos?</translation>
        </message>
        <message>
            <source>Delete a note people voted on?</source>
            <translation>¿Eliminar una nota por la que se votó?</translation>
        </message>
    </context>
    <context>
        <name>VotingPage</name>
        <message>
            <source>New round…</source>
            <translation>Nueva ronda…</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <source>Voting rounds</source>
            <translation>Rondas de votación</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Ajustes…</translation>
        </message>
        <message>
            <source>Open voting</source>
            <translation>Abrir la votación</translation>
        </message>
        <message>
            <source>Voting screen</source>
            <translation>Pantalla de votación</translation>
        </message>
        <message>
            <source>Paper tally…</source>
            <translation>Conteo en papel…</translation>
        </message>
        <message>
            <source>Close and reveal</source>
            <translation>Cerrar y revelar</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Reabrir…</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>Eliminar la ronda</translation>
        </message>
        <message>
            <source>The results stay hidden until you close the round.</source>
            <translation>Los resultados quedan ocultos hasta que cierres la ronda.</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>borrador</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierta</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrada</translation>
        </message>
        <message>
            <source>No voting round on this board yet.</source>
            <translation>Este tablero todavía no tiene rondas de votación.</translation>
        </message>
        <message>
            <source>Create one with “New round…”.</source>
            <translation>Crea una con «Nueva ronda…».</translation>
        </message>
        <message>
            <source>secret vote on the shared screen</source>
            <translation>votación secreta en la pantalla compartida</translation>
        </message>
        <message>
            <source>open vote</source>
            <translation>votación abierta</translation>
        </message>
        <message>
            <source>paper stickers</source>
            <translation>calcomanías en papel</translation>
        </message>
        <message>
            <source>results hidden until revealed</source>
            <translation>resultados ocultos hasta revelarlos</translation>
        </message>
        <message>
            <source>%1 of %2 have voted.</source>
            <translation>Han votado %1 de %2.</translation>
        </message>
        <message>
            <source>Still to vote: %1</source>
            <translation>Faltan por votar: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) copied to the next phase.</source>
            <translation>
                <numerusform>%n nota copiada al siguiente paso.</numerusform>
                <numerusform>%n notas copiadas al siguiente paso.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the round to start voting.</source>
            <translation>Abre la ronda para empezar a votar.</translation>
        </message>
        <message numerus="yes">
            <source>%n anonymous voter(s)</source>
            <translation>
                <numerusform>%n persona anónima</numerusform>
                <numerusform>%n personas anónimas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n persona</numerusform>
                <numerusform>%n personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) each, at most %1 on one note · %2 · %3</source>
            <translation>
                <numerusform>%n punto por persona, máximo %1 en una nota · %2 · %3</numerusform>
                <numerusform>%n puntos por persona, máximo %1 en una nota · %2 · %3</numerusform>
            </translation>
        </message>
        <message>
            <source>New voting round</source>
            <translation>Nueva ronda de votación</translation>
        </message>
        <message>
            <source>Change voting round</source>
            <translation>Cambiar la ronda de votación</translation>
        </message>
        <message>
            <source>Reopen the round</source>
            <translation>Reabrir la ronda</translation>
        </message>
        <message>
            <source>Why reopen it? (kept in the round's log)</source>
            <translation>¿Por qué reabrirla? (queda en la bitácora de la ronda)</translation>
        </message>
        <message>
            <source>Reopen voting round</source>
            <translation>Reabrir la ronda de votación</translation>
        </message>
        <message>
            <source>Delete the round “%1” and its votes?</source>
            <translation>¿Eliminar la ronda «%1» y sus votos?</translation>
        </message>
        <message>
            <source>Delete voting round</source>
            <translation>Eliminar la ronda de votación</translation>
        </message>
        <message>
            <source>Paper tally</source>
            <translation>Conteo en papel</translation>
        </message>
        <message>
            <source>Runoff round</source>
            <translation>Ronda de desempate</translation>
        </message>
        <message>
            <source>Take the top %1 to the next phase</source>
            <translation>Llevar las %1 más votadas al siguiente paso</translation>
        </message>
    </context>
    <context>
        <name>VotingScreen</name>
        <message>
            <source>Close and reveal</source>
            <translation>Cerrar y revelar</translation>
        </message>
        <message>
            <source>Leave voting screen</source>
            <translation>Salir de la pantalla de votación</translation>
        </message>
        <message>
            <source>Next voter</source>
            <translation>Siguiente persona</translation>
        </message>
        <message>
            <source>Clear my dots</source>
            <translation>Borrar mis puntos</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Thank you! Your dots are saved.</source>
            <translation>¡Gracias! Tus puntos quedaron guardados.</translation>
        </message>
        <message>
            <source>Please pass the screen to the next person.</source>
            <translation>Por favor, pasa la pantalla a la siguiente persona.</translation>
        </message>
        <message>
            <source>I am the next person</source>
            <translation>Soy la siguiente persona</translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>Han votado %1 de %2</translation>
        </message>
        <message numerus="yes">
            <source>⚠ At most %n dot(s) on one note.</source>
            <translation>
                <numerusform>⚠ Como máximo %n punto en una nota.</numerusform>
                <numerusform>⚠ Como máximo %n puntos en una nota.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a note to add a dot · right-click, long press or − removes one · arrows move, Space adds, Backspace removes, Enter is Done</source>
            <translation>Toca una nota para agregar un punto · clic derecho, mantener presionado o − lo quita · las flechas mueven, Espacio agrega, Retroceso quita, Intro es Listo</translation>
        </message>
        <message>
            <source>Press “Next voter” to vote.</source>
            <translation>Pulsa «Siguiente persona» para votar.</translation>
        </message>
        <message>
            <source>Tap your name to vote:</source>
            <translation>Toca tu nombre para votar:</translation>
        </message>
        <message>
            <source>Voter %1</source>
            <translation>Persona %1</translation>
        </message>
        <message>
            <source>This ballot is sealed</source>
            <translation>Este voto está sellado</translation>
        </message>
        <message>
            <source>Sealed ballot</source>
            <translation>Voto sellado</translation>
        </message>
        <message>
            <source>This person has voted; their ballot is sealed. The facilitator can reopen it with the PIN (it is logged).</source>
            <translation>Esta persona ya votó; su voto está sellado. Quien facilita puede reabrirlo con el PIN (queda registrado).</translation>
        </message>
        <message>
            <source>%1, place your dots</source>
            <translation>%1, coloca tus puntos</translation>
        </message>
        <message>
            <source>⚠ No dots left: take one off another note first, or press Done.</source>
            <translation>⚠ No te quedan puntos: quita uno de otra nota primero, o pulsa Listo.</translation>
        </message>
        <message>
            <source>Dots left: %1</source>
            <translation>Puntos restantes: %1</translation>
        </message>
        <message>
            <source>Lock screen</source>
            <translation>Bloquear la pantalla</translation>
        </message>
        <message>
            <source>Locked · Facilitator</source>
            <translation>Bloqueada · Facilitador/a</translation>
        </message>
        <message>
            <source>Facilitator: unlock with your PIN</source>
            <translation>Facilitador/a: desbloquea con tu PIN</translation>
        </message>
        <message>
            <source>Lock the facilitator tools while people vote</source>
            <translation>Bloquear las herramientas de facilitación mientras la gente vota</translation>
        </message>
    </context>
    <context>
        <name>WelcomeCard</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenidas y bienvenidos</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome</source>
            <translation>Bienvenidas y bienvenidos</translation>
        </message>
        <message>
            <source>It all works on this laptop, with no internet and no account. How do you want to start?</source>
            <translation>Todo funciona en esta computadora, sin internet y sin cuenta. ¿Cómo quieres empezar?</translation>
        </message>
        <message>
            <source>Open the &amp;Demo Workshop</source>
            <translation>Abrir el taller de &amp;demostración</translation>
        </message>
        <message>
            <source>An example lab with boards, votes and decisions across the six steps. Explore it freely: it is your own copy.</source>
            <translation>Un laboratorio de ejemplo con tableros, votaciones y decisiones en los seis pasos. Explóralo con confianza: es tu propia copia.</translation>
        </message>
        <message>
            <source>&amp;New Workshop…</source>
            <translation>&amp;Nuevo taller…</translation>
        </message>
        <message>
            <source>Start your own workshop. It is saved in one .reslab file as you work.</source>
            <translation>Empieza tu propio taller. Se guarda en un archivo .reslab mientras trabajas.</translation>
        </message>
        <message>
            <source>&amp;Open a File…</source>
            <translation>&amp;Abrir un archivo…</translation>
        </message>
        <message>
            <source>A .reslab file someone shared with you (you can also drop it here).</source>
            <translation>Un archivo .reslab que alguien te compartió (también puedes soltarlo aquí).</translation>
        </message>
        <message>
            <source>Facilitator's &amp;guide</source>
            <translation>&amp;Guía para facilitar</translation>
        </message>
        <message>
            <source>How to run a lab day: before, during and after the workshop</source>
            <translation>Cómo llevar un día de laboratorio: antes, durante y después del taller</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
    </context>
    <context>
        <name>WhoDecidedDialog</name>
        <message>
            <source>Who decided?</source>
            <translation>¿Quién decidió?</translation>
        </message>
        <message>
            <source>Who made this decision?</source>
            <translation>¿Quién tomó esta decisión?</translation>
        </message>
        <message>
            <source>Skip for now</source>
            <translation>Omitir por ahora</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>Workshop Properties</source>
            <translation>Propiedades del taller</translation>
        </message>
        <message>
            <source>Workshop title</source>
            <translation>Título del taller</translation>
        </message>
        <message>
            <source>Learning community</source>
            <translation>Comunidad de aprendizaje</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>e.g. Mérida, Yucatán</source>
            <translation>p. ej. Mérida, Yucatán</translation>
        </message>
        <message>
            <source>Workshop language</source>
            <translation>Idioma del taller</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <source>Facilitators, one per line</source>
            <translation>Equipo facilitador, una persona por línea</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>Learning &amp;community:</source>
            <translation>&amp;Comunidad de aprendizaje:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>&amp;Language of the workshop:</source>
            <translation>&amp;Idioma del taller:</translation>
        </message>
        <message>
            <source>&amp;Starts on:</source>
            <translation>&amp;Empieza el:</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>&amp;Termina el:</translation>
        </message>
        <message>
            <source>&amp;Facilitators
(one per line):</source>
            <translation>Equipo &amp;facilitador
(una persona por línea):</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>%1: no such file</source>
            <translation>%1: el archivo no existe</translation>
        </message>
        <message>
            <source>%1: cannot create the folder (%2)</source>
            <translation>%1: no se puede crear la carpeta (%2)</translation>
        </message>
    </context>
</TS>
