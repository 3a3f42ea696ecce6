"""The portfolio: many workshop files (one per Learning Community) read into one view.

    files = find_workshop_files([Path("comunidades/")])         # sources.py
    portfolio = read_portfolio(files, progress, cancelled)      # collect.py: one file at a time
    write_portfolio(portfolio, pdf=…, csv_dir=…, xlsx=…)         # api.py: PDF, CSV, Excel

Each file is opened read-only (``Store.open(path, read_only=True)``), summarized through the
services into a small frozen ``CommunitySummary`` (summary.py) and closed before the next is
opened, so memory does not grow with the number of files. A file that cannot be read is
listed with its one-line reason (it never stops the portfolio); two files of the same
workshop (identity.py) are counted once. Qt-free.
"""
