import DeescalateKit
print("bench")
