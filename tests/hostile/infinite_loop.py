# expect: TLE
# backends: docker local
def two_sum(nums, target):
    n = 0
    while True:
        n += 1
