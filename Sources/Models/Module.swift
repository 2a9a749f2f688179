// Module Models
