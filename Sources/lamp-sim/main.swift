print("lamp-sim")
