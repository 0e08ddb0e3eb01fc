# expect: OLE
# backends: docker local
def two_sum(nums, target):
    line = "flood " * 200
    while True:
        print(line)
