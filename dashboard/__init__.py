"""Streamlit dashboard over the incidents warehouse; every filter lives in the URL (see state.py)."""
