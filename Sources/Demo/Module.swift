// Module Demo
