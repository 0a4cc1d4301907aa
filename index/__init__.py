"""qabot's engine, one sub-package per step of the data flow: corpus → text → store → ranking → answering.

Never imports telegram. Import what you need from its module (`from index.errors import QabotError`); this
file imports nothing, so that loading one module does not load the engine.
"""
