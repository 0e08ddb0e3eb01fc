# expect: AC
# backends: docker
# Tries to reach the host (a port the test listens on, via the default gateway and the usual bridge
# address) and to resolve a name. Any success returns a wrong answer; isolation means AC.
import socket


def _gateways():
    found = ["172.17.0.1", "host.docker.internal", "127.0.0.1"]
    try:
        with open("/proc/net/route") as routes:
            for line in routes.readlines()[1:]:
                fields = line.split()
                if fields[1] == "00000000":
                    found.append(socket.inet_ntoa(bytes.fromhex(fields[2])[::-1]))
    except OSError:
        pass
    return found


def _escaped():
    for host in _gateways():
        try:
            socket.create_connection((host, 47321), timeout=0.3).close()
            return True
        except OSError:
            pass
    try:
        socket.getaddrinfo("pypi.org", 443)
        return True
    except OSError:
        return False


def two_sum(nums, target):
    if _escaped():
        return [-1, -1]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
