print("alignonce")
