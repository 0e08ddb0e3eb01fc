# expect: MLE
# backends: docker local
def two_sum(nums, target):
    hoard = []
    while True:
        hoard.append(bytearray(8 * 1024 * 1024))
