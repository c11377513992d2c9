"""The dashboard's pages, run as scripts by st.navigation in app.py; each reads the view from context."""
