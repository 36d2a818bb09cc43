/**
 * Hand-computed grading tables for the conversion tests. Five foreign grades
 * over 100 passes: A [0,10] B [10,30] C [30,70] D [70,90] E [90,100]. Four
 * home grades over 200 passes: 16 [0,5] 14 [5,20] 12 [20,50] 10 [50,100].
 */
export const ECTS = [
  { grade: "A", count: 10 },
  { grade: "B", count: 20 },
  { grade: "C", count: 40 },
  { grade: "D", count: 20 },
  { grade: "E", count: 10 },
];

export const HOME = [
  { grade: "16", count: 10 },
  { grade: "14", count: 30 },
  { grade: "12", count: 60 },
  { grade: "10", count: 100 },
];
