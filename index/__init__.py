"""Document in: parse resolutions into typed units, embed them and write them to Chroma."""
