// Fictional people. First and last names are drawn independently from these pools, so any
// combination that matches a real person is coincidental.

export const FIRST = {
  en: ['Priya', 'Daniel', 'Aisha', 'Marcus', 'Hannah', 'Tomasz', 'Grace', 'Kwame', 'Olivia', 'Ethan', 'Mei', 'Rahul',
    'Chloe', 'Jordan', 'Fatima', 'Liam', 'Sofia', 'Noah', 'Zara', 'Owen', 'Ifeoma', 'Lucas', 'Nadia', 'Samuel',
    'Yuki', 'Connor', 'Amara', 'Ben', 'Leah', 'Jamal', 'Erin', 'Victor', 'Tessa', 'Arjun', 'Megan', 'Diego',
    'Kira', 'Ryan', 'Anika', 'Caleb', 'Jess', 'Omar', 'Rachel', 'Tobi', 'Maya', 'Sean', 'Elif', 'Adam', 'Nora',
    'Kenji', 'Brooke', 'Malik', 'Isla', 'Patrick', 'Linh', 'Trevor', 'Sana', 'Dylan', 'Hazel', 'Chidi', 'Abby',
    'Ravi', 'Molly', 'Hugo', 'Jade', 'Dev', 'Lauren', 'Femi', 'Carmen', 'Alex', 'Wen', 'Gabe', 'Nicole', 'Ade',
    'Courtney', 'Ilya', 'Bethany', 'Hassan', 'Kelsey', 'Mateo', 'Rosa', 'Kofi', 'Shreya', 'Logan', 'Amelia',
    'Tariq', 'Holly', 'Yusuf', 'Paige', 'Min-jun', 'Esther', 'Declan', 'Ana', 'Jonah', 'Lena', 'Bilal', 'Cara'],
  es: ['Lucía', 'Javier', 'Martina', 'Alejandro', 'Valentina', 'Diego', 'Camila', 'Andrés', 'Paula', 'Sergio',
    'Carmen', 'Mateo', 'Elena', 'Pablo', 'Daniela', 'Álvaro', 'Marta', 'Nicolás', 'Irene', 'Gonzalo', 'Ximena', 'Raúl'],
  fr: ['Camille', 'Julien', 'Chloé', 'Mathieu', 'Léa', 'Antoine', 'Manon', 'Nicolas', 'Inès', 'Thomas', 'Élodie',
    'Baptiste', 'Sarah', 'Guillaume', 'Margaux', 'Karim', 'Aurélie', 'Yanis'],
  de: ['Lukas', 'Anna', 'Felix', 'Lea', 'Jonas', 'Katharina', 'Maximilian', 'Julia', 'Niklas', 'Sophie', 'Tobias',
    'Miriam', 'Florian', 'Jana', 'Stefan', 'Franziska', 'Moritz', 'Ayşe'],
  pt: ['João', 'Beatriz', 'Rafael', 'Mariana', 'Gustavo', 'Larissa', 'Tiago', 'Inês', 'Bruno', 'Camila', 'Rodrigo',
    'Fernanda', 'Pedro', 'Juliana', 'Diogo', 'Letícia', 'Vinícius', 'Ana Clara'],
  it: ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro', 'Sara', 'Matteo', 'Federica', 'Davide',
    'Elisa', 'Simone', 'Martina', 'Lorenzo', 'Alessia', 'Riccardo'],
  hi: ['Rohan', 'Ananya', 'Vikram', 'Neha', 'Aditya', 'Pooja', 'Karan', 'Sneha', 'Siddharth', 'Divya', 'Amit',
    'Kavya', 'Manish', 'Ritika', 'Harsh', 'Ishita', 'Nikhil', 'Tanvi'],
  nl: ['Daan', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Femke', 'Jesse', 'Anouk', 'Ruben', 'Eva', 'Sem', 'Iris',
    'Joris', 'Noor', 'Pieter', 'Maud'],
};

export const LAST = {
  en: ['Raman', 'Okafor', 'Whitfield', 'Brennan', 'Kowalczyk', 'Asante', 'Lindqvist', 'Chen', 'Harrow', 'Mensah',
    'Patel', 'Delacroix', 'Nakamura', 'Fitzgerald', 'Adeyemi', 'Morales', 'Sutherland', 'Haddad', 'Kim', 'Osei',
    'Reinholt', 'Vasquez', 'Ashworth', 'Nguyen', 'Iyer', 'Castellanos', 'Boateng', 'Carlisle', 'Yilmaz', 'Dunmore',
    'Ferreira', 'Larkin', 'Mbeki', 'Rowntree', 'Sato', 'Quinlan', 'Abara', 'Holloway', 'Tran', 'Gallagher', 'Nwosu',
    'Petrov', 'Albright', 'Siddiqui', 'Marsh', 'Ortega', 'Kaur', 'Whitlock', 'Ibekwe', 'Lockhart', 'Ahmed',
    'Everly', 'Banerjee', 'Stroud', 'Moreau', 'Okonkwo', 'Pryce', 'Hashemi', 'Calloway', 'Park', 'Renner',
    'Danso', 'Ellery', 'Varga', 'Thornbury', 'Oyelaran', 'Mackay', 'Lund', 'Farouk', 'Beaumont', 'Szabo', 'Keane'],
  es: ['García Robles', 'Fernández', 'Martín Ayala', 'Ruiz', 'Domínguez', 'Herrera', 'Navarro', 'Castillo',
    'Ortega Lluch', 'Vidal', 'Serrano', 'Molina', 'Prieto', 'Cabrera', 'Iglesias Mora', 'Zamora'],
  fr: ['Lefèvre', 'Moreau', 'Girard', 'Roussel', 'Fontaine', 'Chevalier', 'Marchand', 'Benali', 'Perrin',
    'Lemaire', 'Dufour', 'Garnier', 'Vasseur', 'Carpentier'],
  de: ['Becker', 'Hoffmann', 'Schulze', 'Krüger', 'Wagner', 'Lehmann', 'Vogel', 'Hartmann', 'Brandt', 'Zimmermann',
    'Seidel', 'Kuhn', 'Winkler', 'Öztürk'],
  pt: ['Silva Rocha', 'Oliveira', 'Santos', 'Carvalho', 'Almeida', 'Ribeiro', 'Costa', 'Martins', 'Araújo',
    'Pereira Lima', 'Barbosa', 'Teixeira', 'Mendes', 'Cardoso'],
  it: ['Rossi', 'Bianchi', 'Esposito', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti',
    'De Luca', 'Mancini', 'Lombardi', 'Moretti'],
  hi: ['Sharma', 'Verma', 'Gupta', 'Mehta', 'Iyer', 'Nair', 'Reddy', 'Joshi', 'Malhotra', 'Chatterjee',
    'Kulkarni', 'Bhatt', 'Saxena', 'Pillai', 'Agarwal', 'Deshpande'],
  nl: ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos',
    'Peters', 'Hendriks', 'van Dijk', 'Dekker'],
};

// Taglines spam accounts on X put in their display names.
export const X_SPAM_TAGS = ['Forex Mentor 📈', 'Crypto Coach', 'Wealth Creator 💎', 'DM for collabs', '6-Fig Closer',
  'Web3 Investor', 'Financial Freedom 🚀', 'Trader | Mentor', 'Growth Partner', 'Passive Income Coach',
  'Signals 🔔', 'Digital Nomad 🌴', 'Mindset Coach', 'BTC • ETH • SOL', 'Ecom Mentor', 'Lead Gen Expert',
  'Helping you scale', 'Investor 💼', 'Options Trader', 'Funded Trader ✅'];

// Things LinkedIn outreach people append to their names.
export const LI_NAME_SUFFIX = [', MBA', ' 🟢', ', PCC', ' | Growth', ', CPA', ' ✔️', ' (she/her)', ' (he/him)', ', PhD'];

export const X_CASUAL_EMOJI = ['🌵', '☕', '🌊', '🐢', '✨', '🍜', '🎧', '🏔️', '🌻', '⚡', '🦊', '🧃'];
