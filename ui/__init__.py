"""People in: the command line, the Streamlit chat page, the embeddable widget and server routes."""
