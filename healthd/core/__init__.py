"""The pure core: scoring, decide, adapt, carry, pin, etiquette, mirrors, render, history. No I/O."""
