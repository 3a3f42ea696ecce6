"""PDF documents built with ReportLab (Qt-free)."""
