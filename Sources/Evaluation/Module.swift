// Module Evaluation
