// Module Alignment
