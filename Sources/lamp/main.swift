print("lamp")
