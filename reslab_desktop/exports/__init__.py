"""Data exports: tables of plain, typed cells written as CSV files or as one Excel workbook.

    tables = workshop_tables(store, lang="es")     # read through the services (exports/workshop_tables.py)
    write_folder(Path("datos"), tables, "es")      # notes.csv, vote_results.csv, … (csv_out.py)
    write_workbook(Path("datos.xlsx"), tables)     # one sheet per table (xlsx_out.py)

``cells.py`` holds what a cell may be and the formula-neutralizing rule both formats follow.
The portfolio (``reslab_desktop.portfolio``) writes its own tables with the same writers.
Qt-free; XlsxWriter is imported only when a workbook is written.
"""
