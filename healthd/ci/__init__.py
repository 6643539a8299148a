"""What runs in every workflow step: the strategy client, the answer check, the client cache, the admin
client and one HTTP helper. Stdlib only on every success path (tests/test_house.py holds it)."""
