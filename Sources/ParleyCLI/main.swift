import ParleyKit

print("parley \(Parley.version)")
