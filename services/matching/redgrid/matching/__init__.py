"""The matching service: volunteer service orders through the 五单制, and who should take them."""
