def two_sum(nums, target):
    while True:
        print("spam" * 250)
