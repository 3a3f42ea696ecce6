"""Pure rules of the method (Qt-free, no I/O): palette, templates, voting, localization index."""
