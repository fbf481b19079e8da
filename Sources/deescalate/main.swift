import DeescalateKit
print("deescalate \(DeescalateVersion.tool)")
