"""Protocol fakes: aiohttp servers on 127.0.0.1 that speak a service's protocol and misbehave on purpose."""
