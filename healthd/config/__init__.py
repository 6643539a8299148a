"""strategies.yaml: its types, the checks across fields, bounded loading with positions, where it is."""
