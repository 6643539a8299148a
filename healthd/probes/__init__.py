"""One module per probe kind, one signature; kinds.py is the table, base.py and fetch.py the shared bounds."""
