/**
 * Common given names whose usual gender is clear, to match "she said" / "he said" when no title or role
 * says it (Mr, Mrs, spokeswoman). International but small; a name in neither list leaves gender unknown.
 */
const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

export const FEMALE_FIRST_NAMES = words(`
  Maria Marie Mary Anna Ana Anne Ann Annie Elena Helena Helen Ellen Elizabeth Liz Eliza Sarah Sara Daniela
  Daniella Julia Julie Laura Lara Sophie Sofia Sophia Olga Natalia Natalya Tatiana Tatyana Svetlana Irina
  Ekaterina Yekaterina Yulia Valentina Lyudmila Marina Ursula Angela Christine Christina Kristina Catherine
  Katherine Kathryn Kate Katie Karen Karin Karoline Caroline Carolina Claudia Giorgia Giulia Francesca Chiara
  Alessandra Isabel Isabella Isabelle Carmen Pilar Lucia Marta Beatriz Ines Inês Teresa Rosa Emma Emily Amelia
  Olivia Charlotte Alice Grace Hannah Jessica Jennifer Jane Janet Joan Joanna Joanne Judith Linda Lisa Margaret
  Margarethe Margrethe Michelle Nancy Patricia Rachel Rebecca Ruth Susan Suzanne Victoria Yvonne Kamala Hillary
  Nikki Marjorie Alexandria Elise Kristi Tulsi Pam Pamela Aryna Iga Coco Serena Venus Naomi Simona Mandy Colette
  Odile Christine Corinne Agnes Agnès Ségolène Marine Anne-Marie Mette Sanna Jacinda Kaja Kaja Ylva Ingrid
  Yuriko Sanae Mariko Keiko Yoko Tsai Ing-wen Aung Sheikh-Hasina Indira Sonia Priyanka Nirmala Smriti Mamata
  Fatima Aisha Ayesha Leila Layla Yasmin Zainab Mariam Maryam Noura Rania Ngozi Ellen Winnie Chimamanda Dilma
  Cristina Claudia Xiomara Michelle Gabriela Dina Shirin Golda Tzipi Ayelet Ruth Viola Nadia Nadine Sabine
  Ulrike Annalena Svenja Petra Renate Brigitte Sylvie Valérie Valerie Nathalie Catherine Amélie Amelie Kaja`);

export const MALE_FIRST_NAMES = words(`
  John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George Timothy Tim Ronald Edward Jason Jeffrey
  Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond
  Alexander Patrick Jack Dennis Jerry Tyler Aaron Jose José Henry Adam Douglas Nathan Peter Zachary Kyle Walter
  Harold Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence Jesse Joe Bryan
  Billy Jordan Albert Dylan Bruce Willie Gabriel Alan Juan Logan Wayne Ralph Roy Eugene Randy Vincent Russell
  Louis Philip Bobby Johnny Bradley Marco Mike Chuck Mitch Ted Rand Lindsey Jim Bill Tom Tony Bob Dan Ben Sam
  Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Mikhail Nikolai Ivan Igor Oleg Yuri Viktor Victor Boris
  Andrei Andriy Volodymyr Petro Oleksandr Oleksiy Denys Ruslan Kirill Maxim Pavel Anatoly Grigory Ramzan Yevgeny
  Emmanuel Jean Pierre Jacques François Francois Nicolas Olivier Michel Philippe Jean-Luc Jean-Noël Gabriel
  Olaf Friedrich Frank-Walter Markus Christian Robert Wolfgang Helmut Gerhard Karl Hans Jürgen Jurgen Thomas
  Arno Oliver Boris Rishi Keir Nigel Tony Gordon Giorgio Sergio Matteo Mario Giuseppe Carlo Antonio António
  Pedro Luis Luiz Lula Jair Javier Alberto Andrés Andres Gustavo Nicolás Nayib Xi Li Wang Narendra Rahul
  Shinzo Fumio Shigeru Kishida Yoon Moon Kim Recep Hakan Mevlüt Ali Mohammed Muhammad Mohamed Ahmed Ahmad
  Abdel Abdullah Hassan Hussein Hossein Ebrahim Masoud Benjamin Yair Naftali Isaac Yoav Israel Mahmoud Ismail
  Yahya Khalid Tamim Salman Faisal Recep Cyril Jacob Bola Muhammadu William Paul Uhuru Abiy Tedros Dimie
  Placide Jensen Elon Jeff Satya Sundar Warren Jamie Jerome Jay Gene Stacy Dick Viktor Luc Vincent Hakan
  Samuel Jude Carlo Ruben Erling Kylian Lionel Cristiano Neymar Novak Rafael Roger Carlos Jannik Alexander
  Gibran Prabowo Joko Anies Anthony Amit Adrian Tedros Kevan Dwayne Benny Ming-Chi Stephen Thomas Jean`);
